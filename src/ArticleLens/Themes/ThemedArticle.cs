using ArticleLens.Text;

namespace ArticleLens.Themes;

/// <summary>An article with the theme hits a lexicon found in it: the input of tables, dispersion and KWIC.</summary>
public sealed class ThemedArticle
{
    private readonly ThemeHit[] _hits;
    private readonly int[] _themes;
    private readonly int[] _sentenceWords;
    private TokenizedArticle? _tokenized;

    // sentenceWords: words per 1-based sentence (index 0 unused).
    internal ThemedArticle(Article article, TokenizedArticle? tokenized, int[] sentenceWords, int tokens, Lexicon lexicon, ThemeHit[] hits, int[] themes)
    {
        Article = article;
        _tokenized = tokenized;
        _sentenceWords = sentenceWords;
        Words = sentenceWords.Sum();
        TokenCount = tokens;
        Lexicon = lexicon;
        _hits = hits;
        _themes = themes;
        CodedSentences = CountCodedSentences(hits);
    }

    /// <summary>The tokenized article (tokenized again on first use when the lookup scanned it without keeping tokens).</summary>
    public TokenizedArticle Tokenized => _tokenized ??= Article.Tokenize();

    /// <summary>The article.</summary>
    public Article Article { get; }

    /// <summary>The lexicon whose themes were looked up.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>The hits in text order.</summary>
    public IReadOnlyList<ThemeHit> Hits => _hits;

    /// <summary>Number of word and number tokens: the denominator of hits per 1,000 words.</summary>
    public int Words { get; }

    /// <summary>Number of tokens, punctuation included (the scale of <see cref="ThemeHit.Token"/>).</summary>
    public int TokenCount { get; }

    /// <summary>Number of body sentences.</summary>
    public int Sentences => Article.Sentences.Count;

    /// <summary>Number of sentences with at least one hit.</summary>
    public int CodedSentences { get; }

    /// <summary>Share of sentences with at least one hit (0 for an article without sentences).</summary>
    public double Coverage => Sentences == 0 ? 0 : (double)CodedSentences / Sentences;

    /// <summary>Lexicon index of each hit's theme, parallel to <see cref="Hits"/>.</summary>
    internal ReadOnlySpan<int> ThemeIndexes => _themes;

    /// <summary>The hits of <paramref name="theme"/> and of the themes nested below it.</summary>
    public IEnumerable<ThemeHit> HitsOf(string theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var index = _themes;
        return _hits.Where((_, i) => Lexicon[index[i]].IsIn(theme));
    }

    /// <summary>The matched text of <paramref name="hit"/> as it stands in the article.</summary>
    public string TextOf(ThemeHit hit) => Article.Text[hit.Start..hit.End];

    /// <summary>
    /// Each hit of <paramref name="theme"/> (and its nested themes; every hit when null) in context, with the
    /// matched pattern, so any count can be audited.
    /// </summary>
    public IEnumerable<KwicLine> Kwic(string? theme = null, int window = KeywordInContext.DefaultWindow)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(window);
        return (theme is null ? _hits : HitsOf(theme))
            .Select(h => KeywordInContext.Line(Tokenized, h.Start, h.End, h.Sentence, $"{h.Theme}: {h.Pattern}", window));
    }

    /// <summary>Where each theme falls through the article: positions of its hits and how evenly they spread over sentences.</summary>
    public IReadOnlyList<ThemeDispersion> Dispersion() => ThemeDispersion.Of(this);

    /// <summary>Number of words in the 1-based sentence <paramref name="sentence"/>.</summary>
    public int WordsIn(int sentence) => _sentenceWords[sentence];

    private static int CountCodedSentences(ThemeHit[] hits)
    {
        var count = 0;
        var last = -1;
        foreach (var hit in hits)
        {
            if (hit.Sentence == last) continue;
            count++;
            last = hit.Sentence;
        }
        return count;
    }

    /// <summary>One line: "Article 599: 154 hits of 12 themes in 52 of 63 sentences".</summary>
    public override string ToString() =>
        $"Article {Article.Id}: {_hits.Length} hits of {_themes.Distinct().Count()} themes in {CodedSentences} of {Sentences} sentences";
}
