namespace ArticleLens.Text;

/// <summary>
/// Builds the match stream of an article: hyphenated tokens split into their parts (so <c>people-to-people</c>
/// matches <c>people to people</c> and <c>people</c>), possessives dropped (<c>China's</c> matches <c>China</c>).
/// </summary>
public static class TermStream
{
    /// <summary>The match stream of <paramref name="article"/>, with forms interned in <paramref name="vocabulary"/>.</summary>
    public static Term[] Of(TokenizedArticle article, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var terms = new List<Term>(article.Tokens.Count + 8);
        Append(article.Article.Text, article.Span, vocabulary, terms);
        return [.. terms];
    }

    /// <summary>Appends the terms of <paramref name="tokens"/> (which index <paramref name="text"/>) to <paramref name="terms"/>.</summary>
    public static void Append(string text, ReadOnlySpan<Token> tokens, Vocabulary vocabulary, List<Term> terms)
    {
        Span<char> buffer = stackalloc char[128];
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if ((token.Flags & TokenFlags.Hyphenated) == 0)
            {
                AddPart(text, token, token.Start, token.End, t, vocabulary, terms, buffer);
                continue;
            }
            var start = token.Start;
            for (var i = token.Start; i < token.End; i++)
            {
                if (!CharClass.IsHyphen(text[i])) continue;
                AddPart(text, token, start, i, t, vocabulary, terms, buffer);
                start = i + 1;
            }
            AddPart(text, token, start, token.End, t, vocabulary, terms, buffer);
        }
    }

    private static void AddPart(string text, Token token, int start, int end, int index, Vocabulary vocabulary, List<Term> terms, Span<char> buffer)
    {
        ReadOnlySpan<char> form = text.AsSpan(start, end - start);
        if ((token.Flags & TokenFlags.NeedsNormalizing) != 0 || token.Kind == TokenKind.Number)
        {
            // Only forms that change are copied; the rest are interned straight from the text.
            var normal = form.Length <= buffer.Length ? buffer : new char[form.Length];
            form = normal[..TextNormalizer.Normalize(form, token.Kind, normal)];
        }
        var n = form.Length;
        if (n > 2 && token.Kind == TokenKind.Word && form[n - 2] == '\'' && form[n - 1] == 's')
        {
            n -= 2;
            end -= 2;
        }
        terms.Add(new Term(vocabulary.Intern(form[..n]), start, end, index, token.Sentence));
    }
}
