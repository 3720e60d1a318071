using System.CommandLine;
using ArticleLens.Cli.Output;
using ArticleLens.Text;

namespace ArticleLens.Cli.Commands;

/// <summary><c>articles</c>: one row per article with its metadata and size.</summary>
internal static class ArticlesCommand
{
    public static readonly Column<TokenizedArticle>[] Columns =
    [
        new("number", a => a.Article.Number),
        new("title", a => a.Article.Title),
        new("countryTag", a => a.Article.CountryTag),
        new("source", a => a.Article.Source),
        new("date", a => a.Article.Date),
        new("path", a => a.Article.Path),
        new("sentences", a => a.Article.Sentences.Count),
        new("words", a => a.WordCount),
    ];

    public static Command Create()
    {
        var command = new Command("articles", "List the articles with title, country tag, source, date and size");
        var (paths, format, encoding) = CommonOptions.AddTo(command);
        command.SetAction(parse => Guard.Run(() =>
        {
            var corpus = CommonOptions.Corpus(parse, paths, encoding);
            var count = 0;
            var rows = corpus.Buffered().Select(a => { count++; return a.Tokenize(); });
            RowWriter.Write(rows, Columns, parse.GetValue(format), Console.Out);
            return Outcome.Report(corpus, count, Console.Error);
        }));
        return command;
    }
}
