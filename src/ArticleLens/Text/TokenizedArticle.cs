namespace ArticleLens.Text;

/// <summary>An article with the tokens of its body. Tokens know their offsets; text and normal forms are read on demand.</summary>
public sealed class TokenizedArticle
{
    private readonly Token[] _tokens;
    private int[]? _sentenceStarts;

    internal TokenizedArticle(Article article, Token[] tokens)
    {
        Article = article;
        _tokens = tokens;
        WordCount = tokens.Count(t => t.IsWordLike);
    }

    /// <summary>The article.</summary>
    public Article Article { get; }

    /// <summary>The body's tokens in text order.</summary>
    public IReadOnlyList<Token> Tokens => _tokens;

    /// <summary>The tokens as a span, for loops that must not allocate.</summary>
    public ReadOnlySpan<Token> Span => _tokens;

    /// <summary>Number of word and number tokens.</summary>
    public int WordCount { get; }

    /// <summary>The token's characters as they stand in the text.</summary>
    public string TextOf(Token token) => Article.Text.Substring(token.Start, token.Length);

    /// <summary>The token's normalised form (case-folded, apostrophes and hyphens unified, separators dropped).</summary>
    public string NormOf(Token token) =>
        (token.Flags & TokenFlags.NeedsNormalizing) == 0 ? TextOf(token) : TextNormalizer.Normalize(token.In(Article.Text), token.Kind);

    /// <summary>The tokens of the sentence with 1-based index <paramref name="sentence"/>.</summary>
    public ReadOnlySpan<Token> SentenceTokens(int sentence)
    {
        _sentenceStarts ??= SentenceStarts();
        if (sentence < 1 || sentence >= _sentenceStarts.Length)
            throw new ArgumentOutOfRangeException(nameof(sentence), sentence, $"The article has sentences 1 to {_sentenceStarts.Length - 1}.");
        return _tokens.AsSpan(_sentenceStarts[sentence - 1], _sentenceStarts[sentence] - _sentenceStarts[sentence - 1]);
    }

    private int[] SentenceStarts()
    {
        var starts = new int[Article.Sentences.Count + 1];
        var t = 0;
        for (var s = 1; s <= Article.Sentences.Count; s++)
        {
            while (t < _tokens.Length && _tokens[t].Sentence < s) t++;
            starts[s - 1] = t;
        }
        starts[^1] = _tokens.Length;
        return starts;
    }

    /// <summary>One line: "Article 599: 2,178 tokens, 1,912 words, 63 sentences".</summary>
    public override string ToString() =>
        $"Article {Article.Id}: {_tokens.Length:N0} tokens, {WordCount:N0} words, {Article.Sentences.Count} sentences";
}
