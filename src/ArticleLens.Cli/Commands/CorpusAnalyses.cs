using ArticleLens.Countries;
using ArticleLens.Pledges;
using ArticleLens.Text;
using ArticleLens.Themes;

namespace ArticleLens.Cli.Commands;

/// <summary>
/// The analyses the main job prints and the report shows, each run over the corpus once, when first asked for, and shared
/// by both: the main job reads the corpus once per analysis, not twice.
/// </summary>
internal sealed class CorpusAnalyses(Corpus corpus)
{
    private readonly Lazy<CorpusSummary> _summary = new(() => CorpusSummary.Of(corpus));
    private readonly Lazy<IReadOnlyList<ThemedArticle>> _themed = new(() => corpus.Lookup(Lexicon.Default, Environment.ProcessorCount).ToList());
    private readonly Lazy<PledgeTable> _pledges = new(() => PledgeTable.Of(corpus));
    private readonly Lazy<CountryTable> _countries = new(() => CountriesCommand.Count(corpus, CountryOptions.Default, CountryTableBy.Corpus));

    public Corpus Corpus { get; } = corpus;

    public CorpusSummary Summary => _summary.Value;

    /// <summary>Each article's theme hits with the built-in lexicon.</summary>
    public IReadOnlyList<ThemedArticle> Themed => _themed.Value;

    public ThemeTable Themes => ThemeTable.Of(Themed);

    public PledgeTable Pledges => _pledges.Value;

    /// <summary>Mentions per country and group across the corpus, capitals not counted.</summary>
    public CountryTable Countries => _countries.Value;
}
