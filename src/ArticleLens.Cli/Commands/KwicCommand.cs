using System.CommandLine;
using ArticleLens.Cli.Output;
using ArticleLens.Text;

namespace ArticleLens.Cli.Commands;

/// <summary><c>kwic TERM</c>: every match of a pattern with its context.</summary>
internal static class KwicCommand
{
    public static readonly Column<KwicLine>[] Columns =
    [
        new("article", k => k.Article),
        new("sentence", k => k.Sentence),
        new("left", k => k.Left) { AlignRight = true }, // the left context ends where the match begins, as in a concordance
        new("match", k => k.Match),
        new("right", k => k.Right),
    ];

    public static Command Create()
    {
        var command = new Command("kwic", "Show each match of TERM in context (globs: pledge*, phrases: \"Belt and Road\")");
        var term = new Argument<string>("TERM") { Description = "Pattern: words, * and ? globs, phrases in quotes, hyphenated forms" };
        command.Arguments.Add(term);
        var (paths, format, encoding) = CommonOptions.AddTo(command);
        var window = new Option<int>("--window", "-w")
        {
            Description = "Tokens of context on each side",
            DefaultValueFactory = _ => KeywordInContext.DefaultWindow,
        };
        window.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) r.AddError("--window must be 0 or more"); });
        command.Options.Add(window);
        command.SetAction(parse => Guard.Run(() =>
        {
            var pattern = Pattern.Parse(parse.GetValue(term)!);
            var corpus = CommonOptions.Corpus(parse, paths, encoding);
            var count = 0;
            var tokenized = corpus.Buffered().Select(a => { count++; return a.Tokenize(); });
            RowWriter.Write(tokenized.Kwic([pattern], parse.GetValue(window)), Columns, parse.GetValue(format), Console.Out);
            return Outcome.Report(corpus, count, Console.Error);
        }));
        return command;
    }
}
