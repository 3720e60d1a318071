using System.Runtime.InteropServices;

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
        // The common token (a lower-case word, a number, punctuation) is one term, written in place; the rest go through Add.
        var n = terms.Count;
        CollectionsMarshal.SetCount(terms, n + tokens.Length);
        var output = CollectionsMarshal.AsSpan(terms);
        for (var t = 0; t < tokens.Length; t++)
        {
            ref readonly var token = ref tokens[t];
            if ((token.Flags & (TokenFlags.Hyphenated | TokenFlags.NeedsNormalizing)) == 0)
            {
                output[n++] = new Term(vocabulary.Intern(text.AsSpan(token.Start, token.Length)), token.Start, token.End, t, token.Sentence);
                continue;
            }
            CollectionsMarshal.SetCount(terms, n);
            Add(text, token, t, vocabulary, terms);
            n = terms.Count;
            CollectionsMarshal.SetCount(terms, n + tokens.Length - t - 1);
            output = CollectionsMarshal.AsSpan(terms);
        }
        CollectionsMarshal.SetCount(terms, n);
    }

    /// <summary>The terms of a token that needs normalising or splitting at its hyphens.</summary>
    private static void Add(string text, Token token, int index, Vocabulary vocabulary, List<Term> terms)
    {
        Span<char> buffer = stackalloc char[128];
        if ((token.Flags & TokenFlags.Hyphenated) == 0)
        {
            AddPart(text, token, token.Start, token.End, index, vocabulary, terms, buffer);
            return;
        }
        var start = token.Start;
        for (var i = token.Start; i < token.End; i++)
        {
            if (!CharClass.IsHyphen(text[i])) continue;
            AddPart(text, token, start, i, index, vocabulary, terms, buffer);
            start = i + 1;
        }
        AddPart(text, token, start, token.End, index, vocabulary, terms, buffer);
    }

    private static void AddPart(string text, Token token, int start, int end, int index, Vocabulary vocabulary, List<Term> terms, Span<char> buffer)
    {
        var part = text.AsSpan(start, end - start);
        ReadOnlySpan<char> form = part;
        if ((token.Flags & TokenFlags.NeedsNormalizing) != 0)
        {
            var target = part.Length <= buffer.Length ? buffer : new char[part.Length];
            form = target[..TextNormalizer.Normalize(part, token.Kind, target)];
        }
        if ((token.Flags & TokenFlags.Apostrophe) != 0 && form.Length > 2 && form[^2] == '\'' && form[^1] == 's')
        {
            form = form[..^2];
            end -= 2;
        }
        terms.Add(new Term(vocabulary.Intern(form), start, end, index, token.Sentence));
    }
}
