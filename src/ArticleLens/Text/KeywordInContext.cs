using System.Text;

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
        return new KwicLine(article.Article.Id, sentence, Flatten(text, leftStart, start), text[start..end], Flatten(text, end, rightEnd),
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

    /// <summary>
    /// The text between two offsets as a reader sees it: on one line (line breaks and runs of spaces become one space) and
    /// without Markdown or HTML residue (<c>**</c>, <c>&lt;sup&gt;</c>, link syntax), which the tokenizer skips too.
    /// </summary>
    private static string Flatten(string text, int start, int end)
    {
        var flat = new StringBuilder(Math.Max(end - start, 0));
        var space = false;
        for (var i = start; i < end;)
        {
            var c = text[i];
            if (CharClass.IsMarkupStart(c) && Markup.Length(text, i, text.Length) is > 0 and var markup)
            {
                if (i > 0 && CharClass.IsDigit(text[i - 1]) && Markup.IsOrdinalSup(text, i, text.Length))
                    flat.Append(text, i + 5, 2); // 21<sup>st</sup> reads 21st
                i += markup;
                continue;
            }
            i++;
            if (char.IsWhiteSpace(c))
            {
                space = flat.Length > 0;
                continue;
            }
            if (space) flat.Append(' ');
            space = false;
            flat.Append(c);
        }
        return flat.ToString();
    }
}
