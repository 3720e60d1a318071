using System.CommandLine;
using ArticleLens.Cli.Output;
using ArticleLens.Text;

namespace ArticleLens.Cli.Commands;

/// <summary><c>tokens</c>: one row per token, with offsets into the file's decoded text.</summary>
internal static class TokensCommand
{
    /// <summary>A token with what the row needs from its article.</summary>
    internal sealed record Row(TokenizedArticle Article, Token Token, int Index);

    public static readonly Column<Row>[] Columns =
    [
        new("article", r => r.Article.Article.Id),
        new("sentence", r => r.Token.Sentence),
        new("index", r => r.Index),
        new("text", r => r.Article.TextOf(r.Token)),
        new("kind", r => r.Token.Kind.ToString().ToLowerInvariant()),
        new("norm", r => r.Article.NormOf(r.Token)),
        new("start", r => r.Article.Article.Offset + r.Token.Start),
        new("end", r => r.Article.Article.Offset + r.Token.End),
        new("value", r => r.Token.Value),
    ];

    public static Command Create()
    {
        var command = new Command("tokens", "List every token with its kind, normalised form, offsets and numeric value");
        var (paths, format, encoding) = CommonOptions.AddTo(command);
        command.SetAction(parse => Guard.Run(() =>
        {
            var corpus = CommonOptions.Corpus(parse, paths, encoding);
            var count = 0;
            var rows = corpus.Buffered().Select(a => { count++; return a.Tokenize(); }).SelectMany(Rows);
            RowWriter.Write(rows, Columns, parse.GetValue(format), Console.Out);
            return Outcome.Report(corpus, count, Console.Error);
        }));
        return command;
    }

    /// <summary>Rows of one article; <c>index</c> is the 1-based position of the token in its sentence.</summary>
    private static IEnumerable<Row> Rows(TokenizedArticle article)
    {
        var sentence = 0;
        var index = 0;
        foreach (var token in article.Tokens)
        {
            index = token.Sentence == sentence ? index + 1 : 1;
            sentence = token.Sentence;
            yield return new Row(article, token, index);
        }
    }
}
