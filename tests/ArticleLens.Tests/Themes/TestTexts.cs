namespace ArticleLens.Tests.Themes;

/// <summary>Small hand-made articles in the seed format: one sentence per line after the title.</summary>
internal static class TestTexts
{
    /// <summary>Articles numbered 1, 2, ... each given as its sentences.</summary>
    public static List<Article> Articles(params string[][] articles) =>
        Corpus.FromText(string.Concat(articles.Select((sentences, i) => $"Article Number: {i + 1}\nTitle {i + 1}\n{string.Join('\n', sentences)}\n")))
            .ToList();

    /// <summary>One article whose sentences are the lines of <paramref name="lines"/>.</summary>
    public static Article Article(string lines) => Articles(lines.Split('\n')).Single();
}
