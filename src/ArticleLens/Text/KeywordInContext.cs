namespace ArticleLens.Text;

/// <summary>Keyword-in-context search with the library's pattern vocabulary.</summary>
public static class KeywordInContext
{
    /// <summary>The default number of tokens of context on each side (as in quanteda).</summary>
    public const int DefaultWindow = 5;

    /// <summary>Every match of <paramref name="patterns"/> in <paramref name="articles"/>, in text order, longest match first.</summary>
    public static IEnumerable<KwicLine> Kwic(this IEnumerable<TokenizedArticle> articles, string patterns, int window = DefaultWindow) =>
        articles.Kwic([Pattern.Parse(patterns)], window);

    /// <summary>Every match of any of <paramref name="patterns"/> in <paramref name="articles"/>.</summary>
    public static IEnumerable<KwicLine> Kwic(this IEnumerable<TokenizedArticle> articles, IReadOnlyList<Pattern> patterns, int window = DefaultWindow)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentOutOfRangeException.ThrowIfNegative(window);
        return Lines(articles, patterns, window);
    }

    /// <summary>Every match of <paramref name="pattern"/> in one article.</summary>
    public static IEnumerable<KwicLine> Kwic(this TokenizedArticle article, string pattern, int window = DefaultWindow) =>
        new[] { article }.Kwic(pattern, window);

    private static IEnumerable<KwicLine> Lines(IEnumerable<TokenizedArticle> articles, IReadOnlyList<Pattern> patterns, int window)
    {
        var vocabulary = new Vocabulary();
        var matcher = new PhraseMatcher<Pattern>(patterns.Select(p => (p, p)), vocabulary);
        var found = new List<PhraseMatch<Pattern>>();
        foreach (var article in articles)
        {
            var terms = TermStream.Of(article, vocabulary);
            found.Clear();
            matcher.FindAll(terms, article.Article.Text, found);
            foreach (var match in PhraseMatches.Longest(found))
                yield return Line(article, terms, match, window);
        }
    }

    /// <summary>The KWIC line for a span of an article: <paramref name="window"/> tokens of context each side.</summary>
    public static KwicLine Line(TokenizedArticle article, int start, int end, int sentence, string pattern, int window = DefaultWindow)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Article.Text;
        var tokens = article.Span;
        var first = FirstTokenAtOrAfter(tokens, start);
        var last = FirstTokenAtOrAfter(tokens, end);
        var leftStart = first - window >= 0 ? tokens[first - window].Start : tokens.Length > 0 ? Math.Min(tokens[0].Start, start) : start;
        var rightEnd = last + window - 1 < tokens.Length ? tokens[last + window - 1].End : tokens.Length > 0 ? Math.Max(tokens[^1].End, end) : end;
        if (window == 0) (leftStart, rightEnd) = (start, end);
        return new KwicLine(article.Article.Id, sentence, Markup.Flatten(text, leftStart, start), text[start..end], Markup.Flatten(text, end, rightEnd),
            start, end, pattern);
    }

    private static KwicLine Line(TokenizedArticle article, Term[] terms, PhraseMatch<Pattern> match, int window) =>
        Line(article, match.Start, match.End, terms[match.FirstTerm].Sentence, match.Pattern.Text, window);

    private static int FirstTokenAtOrAfter(ReadOnlySpan<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
