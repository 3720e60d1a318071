using System.CommandLine;
using ArticleLens.Cli.Output;
using ArticleLens.Cli.Report;

namespace ArticleLens.Cli.Commands;

/// <summary>
/// What <c>articlelens</c> does with no command: analyse the corpus (default <c>seeds/</c>), print each analysis,
/// and write the self-contained HTML report.
/// </summary>
internal static class MainJob
{
    /// <summary>The printed sections, in order: each writes the table of one analysis, which the report then shows too.</summary>
    private static readonly (string Title, Action<CorpusAnalyses, OutputFormat, TextWriter> Print)[] Sections =
    [
        ("Summary", PrintSummary),
        ("Themes", ThemesCommand.PrintTopThemes),
        ("Pledges", PledgesSection.Write),
        ("Countries", CountriesCommand.PrintSection),
    ];

    public static void Attach(Command root)
    {
        var (paths, format, encoding) = CommonOptions.AddTo(root);
        var output = ReportCommand.Out();
        root.Options.Add(output);
        root.SetAction(parse => Guard.Run(() =>
        {
            var corpus = CommonOptions.Corpus(parse, paths, encoding);
            var analyses = new CorpusAnalyses(corpus);
            var articles = analyses.Summary.Articles;
            if (articles == 0) return Outcome.Report(corpus, 0, Console.Error);
            var console = Console.Out;
            console.WriteLine($"ArticleLens · {corpus}");
            foreach (var (title, print) in Sections)
            {
                console.WriteLine();
                console.WriteLine($"== {title} ==");
                print(analyses, parse.GetValue(format), console);
            }
            var page = CorpusReport.Write(analyses, parse.GetValue(output)!);
            console.WriteLine();
            console.WriteLine($"Report written to {page} (open it in a browser; it works offline).");
            return Outcome.Report(corpus, articles, Console.Error);
        }));
    }

    private static void PrintSummary(CorpusAnalyses analyses, OutputFormat format, TextWriter output) =>
        RowWriter.WriteSingle(analyses.Summary, SummaryCommand.Columns, format, output);
}
