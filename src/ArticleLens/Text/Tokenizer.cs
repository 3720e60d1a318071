namespace ArticleLens.Text;

/// <summary>Entry points for tokenizing text, articles and corpora.</summary>
public static class Tokenizer
{
    /// <summary>An allocation-free scan of <paramref name="text"/>[start..end); token offsets index <paramref name="text"/>.</summary>
    public static TokenScanner Scan(ReadOnlySpan<char> text, int start, int end, int sentence = 0) => new(text, start, end, sentence);

    /// <summary>The tokens of a whole string (sentence 0), for quick looks and tests.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        foreach (var token in Scan(text, 0, text.Length))
            tokens.Add(token);
        return tokens;
    }

    /// <summary>The tokens of an article's body, sentence by sentence.</summary>
    public static TokenizedArticle Tokenize(this Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var tokens = new List<Token>(article.Text.Length / 5);
        foreach (var sentence in article.Sentences)
        {
            foreach (var token in Scan(article.Text, sentence.Start, sentence.End, sentence.Index))
                tokens.Add(token);
        }
        return new TokenizedArticle(article, [.. tokens]);
    }

    /// <summary>Number of word and number tokens of an article's body (its <see cref="TokenizedArticle.WordCount"/>), without keeping the tokens.</summary>
    public static int CountWords(this Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var words = 0;
        foreach (var sentence in article.Sentences)
        {
            foreach (var token in Scan(article.Text, sentence.Start, sentence.End, sentence.Index))
                if (token.IsWordLike) words++;
        }
        return words;
    }

    /// <summary>Tokenizes each article as it is enumerated (lazy).</summary>
    public static IEnumerable<TokenizedArticle> Tokenize(this IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return articles.Select(Tokenize);
    }
}
