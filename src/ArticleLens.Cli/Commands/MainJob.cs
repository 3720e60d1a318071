using System.CommandLine;
using ArticleLens.Cli.Output;
using ArticleLens.Cli.Report;
using ArticleLens.Text;

namespace ArticleLens.Cli.Commands;

/// <summary>
/// What <c>articlelens</c> does with no command: analyse the corpus (default <c>seeds/</c>), print each analysis,
/// and write the self-contained HTML report.
/// </summary>
internal static class MainJob
{
    /// <summary>The printed sections, in order: each reads the corpus and writes its table.</summary>
    private static readonly (string Title, Action<Corpus, OutputFormat, TextWriter> Print)[] Sections =
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
            var articles = corpus.Count();
            if (articles == 0) return Outcome.Report(corpus, 0, Console.Error);
            var console = Console.Out;
            console.WriteLine($"ArticleLens · {corpus}");
            foreach (var (title, print) in Sections)
            {
                console.WriteLine();
                console.WriteLine($"== {title} ==");
                print(corpus, parse.GetValue(format), console);
            }
            var page = CorpusReport.Write(corpus, parse.GetValue(output)!);
            console.WriteLine();
            console.WriteLine($"Report written to {page} (open it in a browser; it works offline).");
            return Outcome.Report(corpus, articles, Console.Error);
        }));
    }

    private static void PrintSummary(Corpus corpus, OutputFormat format, TextWriter output) =>
        RowWriter.WriteSingle(CorpusSummary.Of(corpus), SummaryCommand.Columns, format, output);
}
