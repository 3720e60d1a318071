using ArticleLens.Text;

namespace ArticleLens.Themes;

/// <summary>Looking up a lexicon's themes in articles (quanteda's <c>tokens_lookup</c>), and auditing the hits.</summary>
public static class ThemeLookup
{
    /// <summary>The themes of <paramref name="lexicon"/> found in one article.</summary>
    public static ThemedArticle Lookup(this TokenizedArticle article, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ThemeMatcher(lexicon).Match(article);
    }

    /// <summary>The themes found in each article, looked up lazily with one matcher for all.</summary>
    public static IEnumerable<ThemedArticle> Lookup(this IEnumerable<TokenizedArticle> articles, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var matcher = new ThemeMatcher(lexicon);
        return articles.Select(matcher.Match);
    }

    /// <summary>The themes found in each article, lazily, scanning tokens without keeping them (the fast path for corpora).</summary>
    public static IEnumerable<ThemedArticle> Lookup(this IEnumerable<Article> articles, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var matcher = new ThemeMatcher(lexicon);
        return articles.Select(matcher.Match);
    }

    /// <summary>
    /// The themes found in each article on <paramref name="threads"/> threads (one matcher each) while another reads ahead, in input order:
    /// the same results as <see cref="Lookup(IEnumerable{Article}, Lexicon)"/>, faster on a large corpus when cores are free.
    /// </summary>
    public static IEnumerable<ThemedArticle> Lookup(this IEnumerable<Article> articles, Lexicon lexicon, int threads)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        return new ArticleWorkers<ThemeMatcher>(() => new ThemeMatcher(lexicon), threads).Map(articles, (matcher, article) => matcher.Match(article));
    }

    /// <summary>Every hit of <paramref name="theme"/> (and its nested themes; every hit when null) in context.</summary>
    public static IEnumerable<KwicLine> Kwic(this IEnumerable<ThemedArticle> articles, string? theme = null, int window = KeywordInContext.DefaultWindow)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentOutOfRangeException.ThrowIfNegative(window);
        return articles.SelectMany(a => a.Kwic(theme, window));
    }
}
