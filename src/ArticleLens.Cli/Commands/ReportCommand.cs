using System.CommandLine;
using ArticleLens.Cli.Report;

namespace ArticleLens.Cli.Commands;

/// <summary><c>report [--out DIR]</c>: a self-contained HTML page (charts work offline) and CSV tables.</summary>
internal static class ReportCommand
{
    public const string DefaultFolder = "report";

    public static Option<string> Out() => new("--out", "-o")
    {
        Description = "Folder for index.html and the CSV tables",
        DefaultValueFactory = _ => DefaultFolder,
    };

    public static Command Create()
    {
        var command = new Command("report", "Write a self-contained HTML report (index.html) and CSV tables");
        var paths = CommonOptions.Paths();
        var encoding = CommonOptions.Encoding();
        var output = Out();
        command.Arguments.Add(paths);
        command.Options.Add(encoding);
        command.Options.Add(output);
        command.SetAction(parse => Guard.Run(() =>
        {
            var corpus = CommonOptions.Corpus(parse, paths, encoding);
            var analyses = new CorpusAnalyses(corpus);
            var articles = analyses.Summary.Articles;
            if (articles == 0) return Outcome.Report(corpus, 0, Console.Error);
            var page = CorpusReport.Write(analyses, parse.GetValue(output)!);
            Console.WriteLine($"Report written to {page}");
            return Outcome.Report(corpus, articles, Console.Error);
        }));
        return command;
    }
}
