using ArticleLens.Cli.Commands;
using ArticleLens.Themes;

namespace ArticleLens.Cli.Report;

/// <summary>The report's themes: hits per 1,000 words as bars, the corpus table, and every article's rows as CSV.</summary>
internal static class ThemesPart
{
    public static void Add(HtmlReport report, CorpusAnalyses analyses)
    {
        var themed = analyses.Themed;
        var table = analyses.Themes;
        report.Section("themes", "Themes",
                $"{table}. Counted with the built-in lexicon (print it with 'articlelens themes --print-lexicon'); " +
                "within a theme the longest match wins and a span counts once.")
            .Bars([.. table.Select(r => (r.Theme, Math.Round(r.PerThousandWords, 2)))], "Theme hits per 1,000 words")
            .Table("themes", table, ThemesCommand.Columns)
            .Table("themes-by-article", ThemeTable.Of(themed, ThemeGrouping.Article), ThemesCommand.ColumnsBy(ThemeGrouping.Article), shown: 0);
    }
}
