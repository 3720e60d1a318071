namespace ArticleLens.Cli.Commands;

/// <summary>An <c>articles</c> row: an article's metadata and size, without its text (a corpus of any size lists in little memory).</summary>
internal sealed record ArticleRow(int? Number, string Title, string? CountryTag, string? Source, DateOnly? Date, string Path, int Sentences, int Words)
{
    public static ArticleRow Of(Article article, int words) =>
        new(article.Number, article.Title, article.CountryTag, article.Source, article.Date, article.Path, article.Sentences.Count, words);
}
