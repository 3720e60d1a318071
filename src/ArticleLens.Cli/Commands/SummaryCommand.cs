using System.CommandLine;
using ArticleLens.Cli.Output;
using ArticleLens.Text;

namespace ArticleLens.Cli.Commands;

/// <summary><c>summary</c>: one object with the corpus's counts.</summary>
internal static class SummaryCommand
{
    public static readonly Column<CorpusSummary>[] Columns =
    [
        new("articles", s => s.Articles),
        new("sentences", s => s.Sentences),
        new("words", s => s.Words),
        new("tokens", s => s.Tokens),
        new("types", s => s.Types),
        new("problems", s => s.Problems),
    ];

    public static Command Create()
    {
        var command = new Command("summary", "Count articles, sentences, words, tokens and types");
        var (paths, format, encoding) = CommonOptions.AddTo(command);
        command.SetAction(parse => Guard.Run(() =>
        {
            var corpus = CommonOptions.Corpus(parse, paths, encoding);
            var summary = CorpusSummary.Of(corpus);
            RowWriter.WriteSingle(summary, Columns, parse.GetValue(format), Console.Out);
            return Outcome.Report(corpus, summary.Articles, Console.Error);
        }));
        return command;
    }
}
