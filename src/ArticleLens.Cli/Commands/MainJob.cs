using System.CommandLine;
using ArticleLens.Cli.Output;
using ArticleLens.Text;

namespace ArticleLens.Cli.Commands;

/// <summary>What <c>articlelens</c> does with no command: analyse the default corpus and print each analysis.</summary>
internal static class MainJob
{
    public static void Attach(RootCommand root)
    {
        var (paths, format, encoding) = CommonOptions.AddTo(root);
        root.SetAction(parse => Guard.Run(() =>
        {
            var corpus = CommonOptions.Corpus(parse, paths, encoding);
            var output = Console.Out;
            var summary = CorpusSummary.Of(corpus);
            Section(output, "Summary", corpus.ToString());
            RowWriter.WriteSingle(summary, SummaryCommand.Columns, parse.GetValue(format), output);
            ThemesCommand.WriteTopThemes(corpus, parse.GetValue(format), output);
            return Outcome.Report(corpus, summary.Articles, Console.Error);
        }));
    }

    private static void Section(TextWriter output, string title, string subtitle)
    {
        output.WriteLine();
        output.WriteLine($"== {title} == {subtitle}");
    }
}
