using ArticleLens.Cli.Commands;
using ArticleLens.Text;

namespace ArticleLens.Cli.Report;

/// <summary>The report of a corpus: one part per analysis, each a section of the page and its CSV tables.</summary>
internal static class CorpusReport
{
    /// <summary>The parts, in page order. Each reads the corpus itself (streaming) and adds its sections.</summary>
    private static readonly Action<HtmlReport, Corpus>[] Parts =
    [
        AddOverview,
        ThemesPart.Add,
        PledgesPart.Add,
        CountriesCommand.AddToReport,
    ];

    /// <summary>Builds the report of <paramref name="corpus"/>, writes it to <paramref name="folder"/> and returns the page's path.</summary>
    public static string Write(Corpus corpus, string folder)
    {
        var report = new HtmlReport("ArticleLens report", $"{corpus} · generated {DateTime.Now:yyyy-MM-dd HH:mm}");
        foreach (var part in Parts)
            part(report, corpus);
        return report.Write(folder);
    }

    private static void AddOverview(HtmlReport report, Corpus corpus)
    {
        var articles = new List<ArticleRow>();
        var tokenized = corpus.Tokenize().Select(a => { articles.Add(ArticleRow.Of(a.Article, a.WordCount)); return a; });
        var words = FrequencyTable.Of(tokenized, FrequencyFilter.ContentWords); // one streaming pass: no article is held
        var summary = CorpusSummary.Of(corpus);
        report.Section("summary", "Summary", summary.ToString() + ".")
            .Table("summary", [summary], SummaryCommand.Columns);
        report.Section("articles", "Articles", "Every article with its title, country tag, source, date and size.")
            .Table("articles", articles, ArticlesCommand.Columns, shown: 20);
        report.Section("words", "Most frequent words", "Content words (stop words left out), normalised: case folded, apostrophes unified.")
            .Bars(words.Top(25).Select(w => (w.Feature, (double)w.Frequency)).ToList(), "Top 25 content words by occurrences")
            .Table("words", words, WordColumns, shown: 25);
    }

    private static readonly Output.Column<FrequencyRow>[] WordColumns =
    [
        new("feature", r => r.Feature),
        new("frequency", r => r.Frequency),
        new("rank", r => r.Rank),
        new("articles", r => r.Articles),
    ];
}
