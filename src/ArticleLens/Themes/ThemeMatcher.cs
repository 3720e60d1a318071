using System.Runtime.InteropServices;
using ArticleLens.Text;

namespace ArticleLens.Themes;

/// <summary>
/// A lexicon compiled for matching: one trie over the match stream (<see cref="PhraseMatcher{T}"/>) for all patterns.
/// Within a theme the longest match wins and a span counts once; different themes may share a span.
/// Reuse one matcher across articles (it keeps its vocabulary and glob cache). Not thread-safe.
/// </summary>
public sealed class ThemeMatcher
{
    private readonly Vocabulary _vocabulary = new();
    private readonly PhraseMatcher<int> _matcher;
    private readonly List<PhraseMatch<int>> _found = [];
    private readonly List<Term> _terms = [];
    private readonly string[] _names;
    private Token[] _tokens = new Token[4096];

    /// <summary>A matcher for the themes of <paramref name="lexicon"/>.</summary>
    public ThemeMatcher(Lexicon lexicon)
    {
        Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        _names = lexicon.Select(theme => theme.Name).ToArray();
        _matcher = new PhraseMatcher<int>(lexicon.SelectMany((theme, index) => theme.Patterns.Select(p => (p, index))), _vocabulary);
    }

    /// <summary>The lexicon matched.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>The themes found in <paramref name="article"/>, hits in text order; tokens are scanned into a reused buffer.</summary>
    public ThemedArticle Match(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var count = 0;
        var text = article.Text;
        foreach (var sentence in article.Sentences)
        {
            foreach (var token in Tokenizer.Scan(text, sentence.Start, sentence.End, sentence.Index))
            {
                if (count == _tokens.Length) Array.Resize(ref _tokens, count * 2);
                _tokens[count++] = token;
            }
        }
        return Match(article, _tokens.AsSpan(0, count), null);
    }

    /// <summary>The themes found in an article already tokenized, hits in text order.</summary>
    public ThemedArticle Match(TokenizedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Match(article.Article, article.Span, article);
    }

    private ThemedArticle Match(Article article, ReadOnlySpan<Token> tokens, TokenizedArticle? tokenized)
    {
        var text = article.Text;
        var sentenceWords = new int[article.Sentences.Count + 1];
        foreach (var token in tokens)
            if (token.IsWordLike && (uint)token.Sentence < (uint)sentenceWords.Length) sentenceWords[token.Sentence]++;
        _terms.Clear();
        TermStream.Append(text, tokens, _vocabulary, _terms);
        var terms = CollectionsMarshal.AsSpan(_terms);
        _found.Clear();
        _matcher.FindAll(terms, text, _found);
        var kept = _found.Count == 0 ? _found : PhraseMatches.LongestPerGroup(_found, theme => theme);
        var hits = new ThemeHit[kept.Count];
        var themes = new int[kept.Count];
        var id = article.Id;
        for (var i = 0; i < kept.Count; i++)
        {
            var match = kept[i];
            var first = terms[match.FirstTerm];
            hits[i] = new ThemeHit(id, first.Sentence, match.Start, match.End, _names[match.Value], match.Pattern.Text, first.Token);
            themes[i] = match.Value;
        }
        return new ThemedArticle(article, tokenized, sentenceWords, tokens.Length, Lexicon, hits, themes);
    }

    /// <summary>One line: "Theme matcher for Lexicon default: 17 themes, 236 patterns".</summary>
    public override string ToString() => $"Theme matcher for {Lexicon}";
}
