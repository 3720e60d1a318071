using ArticleLens.Cli.Commands;
using ArticleLens.Text;

namespace ArticleLens.Cli.Report;

/// <summary>The report of a corpus: one part per analysis, each a section of the page and its CSV tables.</summary>
internal static class CorpusReport
{
    /// <summary>The parts, in page order. Each adds the sections of the analyses it shows.</summary>
    private static readonly Action<HtmlReport, CorpusAnalyses>[] Parts =
    [
        AddOverview,
        ThemesPart.Add,
        PledgesPart.Add,
        CountriesCommand.AddToReport,
    ];

    /// <summary>Builds the report of the analysed corpus, writes it to <paramref name="folder"/> and returns the page's path.</summary>
    public static string Write(CorpusAnalyses analyses, string folder)
    {
        var report = new HtmlReport("ArticleLens report", $"{analyses.Corpus} · generated {DateTime.Now:yyyy-MM-dd HH:mm}");
        foreach (var part in Parts)
            part(report, analyses);
        return report.Write(folder);
    }

    private static void AddOverview(HtmlReport report, CorpusAnalyses analyses)
    {
        var articles = new List<ArticleRow>();
        var tokenized = analyses.Corpus.Tokenize().Select(a => { articles.Add(ArticleRow.Of(a.Article, a.WordCount)); return a; });
        var words = FrequencyTable.Of(tokenized, FrequencyFilter.ContentWords); // one streaming pass: no article is held
        var summary = analyses.Summary;
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
