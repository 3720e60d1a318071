using System.CommandLine;
using ArticleLens.Cli.Output;
using ArticleLens.Text;

namespace ArticleLens.Cli.Commands;

/// <summary><c>articles</c>: one row per article with its metadata and size.</summary>
internal static class ArticlesCommand
{
    public static readonly Column<ArticleRow>[] Columns =
    [
        new("number", a => a.Number),
        new("title", a => a.Title),
        new("countryTag", a => a.CountryTag),
        new("source", a => a.Source),
        new("date", a => a.Date),
        new("path", a => a.Path),
        new("sentences", a => a.Sentences),
        new("words", a => a.Words),
    ];

    public static Command Create()
    {
        var command = new Command("articles", "List the articles with title, country tag, source, date and size");
        var (paths, format, encoding) = CommonOptions.AddTo(command);
        command.SetAction(parse => Guard.Run(() =>
        {
            var corpus = CommonOptions.Corpus(parse, paths, encoding);
            using var output = Standard.Output();
            var count = 0;
            var articles = corpus.Select(a => { Interlocked.Increment(ref count); return a; });
            ArticleRows.Write(articles, () => new object(), (_, article, rows) => rows.Add(ArticleRow.Of(article, article.CountWords())), Columns,
                parse.GetValue(format), output);
            output.Flush();
            return Outcome.Report(corpus, count, Console.Error);
        }));
        return command;
    }
}
