using System.Runtime.InteropServices;
using ArticleLens.Text;

namespace ArticleLens.Countries;

/// <summary>
/// Finds the countries and regional groups an article names, with the library's <see cref="PhraseMatcher{T}"/> over its
/// match stream: longest match first (<c>People's Republic of China</c> is China, never Taiwan's <c>Republic of
/// China</c>), case-sensitive where a short form is also a word (<c>US</c> is not <c>us</c>), currency expressions
/// (<c>U.S. dollars</c>, <c>HK$</c>) and not-mention phrases (<c>South China Sea</c>) left out, capitals only when asked.
/// Build one per gazetteer and reuse it across articles; not thread-safe.
/// </summary>
public sealed class CountryMatcher
{
    private readonly Vocabulary _vocabulary = new();
    private readonly PhraseMatcher<GazetteerTarget> _matcher;
    private readonly PatternRoots _roots;
    private readonly int _gap;
    private readonly Dictionary<GazetteerEntry, HashSet<int>> _currencies = [];
    private readonly int _dollarSign;
    private readonly Dictionary<string, Country?> _issuers = new(StringComparer.Ordinal);
    private readonly List<Token> _tokens = [];
    private readonly List<Term> _terms = [];
    private readonly List<PhraseMatch<GazetteerTarget>> _found = [];

    /// <summary>A matcher for <paramref name="gazetteer"/> (default: <see cref="Gazetteer.Default"/>) reporting what <paramref name="options"/> asks.</summary>
    public CountryMatcher(Gazetteer? gazetteer = null, CountryOptions? options = null)
    {
        Gazetteer = gazetteer ?? Gazetteer.Default;
        Options = options ?? CountryOptions.Default;
        _matcher = new PhraseMatcher<GazetteerTarget>(Gazetteer.Patterns, _vocabulary);
        _roots = Gazetteer.Roots;
        _gap = _vocabulary.Intern("\u0001");
        foreach (var country in Gazetteer.Countries)
        {
            if (country.CurrencyUnits.Count == 0) continue;
            _currencies[country] = [.. country.CurrencyUnits.SelectMany(GazetteerForms.CurrencySpellings)
                .Select(unit => _vocabulary.Intern(TextNormalizer.Normalize(unit)))];
        }
        _dollarSign = _vocabulary.Intern("$");
    }

    /// <summary>The countries and groups looked for.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>What is reported.</summary>
    public CountryOptions Options { get; }

    /// <summary>The mentions in the body of <paramref name="article"/>, in text order.</summary>
    public IReadOnlyList<CountryMention> Find(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        _tokens.Clear();
        _terms.Clear();
        var text = article.Text;
        Span<char> buffer = stackalloc char[64];
        int start = -1, end = 0;
        foreach (var sentence in article.Sentences)
        {
            foreach (var token in Tokenizer.Scan(text, sentence.Start, sentence.End, sentence.Index))
            {
                var t = _tokens.Count;
                _tokens.Add(token);
                var reach = _roots.Reach(text, token, buffer);
                if (reach == 0) continue;
                if (start >= 0 && t >= end)
                {
                    AddStretch(text, start, end);
                    start = -1;
                }
                if (start < 0) start = t;
                end = Math.Max(end, t + reach + 1);
            }
        }
        if (start >= 0) AddStretch(text, start, Math.Min(end, _tokens.Count));
        return Matches(article);
    }

    /// <summary>
    /// The mentions in an article already tokenized, in text order. Every token goes into the match stream (no probe for
    /// words that can start a pattern): slower, and the reference that <see cref="Find(Article)"/> must agree with.
    /// </summary>
    public IReadOnlyList<CountryMention> Find(TokenizedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        _tokens.Clear();
        _tokens.AddRange(article.Span);
        _terms.Clear();
        AddStretch(article.Article.Text, 0, _tokens.Count);
        return Matches(article.Article);
    }

    /// <summary>The country the article's tag names (<c>China:</c> is China), or null when it has no tag or the tag names none.</summary>
    public Country? IssuerOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (string.IsNullOrWhiteSpace(article.CountryTag)) return null;
        if (_issuers.TryGetValue(article.CountryTag, out var known)) return known;
        var tag = article.CountryTag;
        var terms = new List<Term>();
        TermStream.Append(tag, [.. Tokenizer.Tokenize(tag)], _vocabulary, terms);
        var found = new List<PhraseMatch<GazetteerTarget>>();
        _matcher.FindAll(CollectionsMarshal.AsSpan(terms), tag, found);
        var issuer = PhraseMatches.Longest(found).Select(m => m.Value.Entry).OfType<Country>().FirstOrDefault();
        _issuers[tag] = issuer;
        return issuer;
    }

    private List<CountryMention> Matches(Article article)
    {
        var terms = CollectionsMarshal.AsSpan(_terms);
        if (terms.Length == 0) return [];
        _found.Clear();
        _matcher.FindAll(terms, article.Text, _found);
        if (_found.Count == 0) return [];
        var issuer = IssuerOf(article);
        var mentions = new List<CountryMention>(_found.Count);
        foreach (var match in PhraseMatches.Longest(_found))
        {
            var (entry, kind) = match.Value;
            if (entry is null || (kind == MentionKind.Capital && !Options.IncludeCapitals) || IsCurrency(entry, match, terms)
                || IsPersonName(article.Text, match, terms) || IsUsState(article.Text, match, terms)) continue;
            var sentence = _tokens[terms[match.FirstTerm].Token].Sentence;
            mentions.Add(new CountryMention(article, sentence, match.Start, match.End, entry, kind) { Issuer = issuer });
        }
        return mentions;
    }

    /// <summary>
    /// Adds the terms of tokens [<paramref name="start"/>, <paramref name="end"/>) to the match stream. <see cref="Find(Article)"/>
    /// adds only the stretches where a pattern can be: from each token that can start one, as many tokens as its longest
    /// pattern has terms, and one more for a currency unit; stretches are joined by a gap term that no pattern crosses.
    /// </summary>
    private void AddStretch(string text, int start, int end)
    {
        if (_terms.Count > 0) _terms.Add(new Term(_gap, _tokens[start].Start, _tokens[start].Start, start, 0));
        var first = _terms.Count;
        TermStream.Append(text, CollectionsMarshal.AsSpan(_tokens)[start..end], _vocabulary, _terms);
        // Sentence 0 for all: a country form may run over a line that a hard-wrapped text's loader took for a sentence
        // end ("People's\nRepublic of China"); a real sentence end is punctuation, itself a term, so no form crosses it.
        foreach (ref var term in CollectionsMarshal.AsSpan(_terms)[first..])
            term = term with { Token = term.Token + start, Sentence = 0 };
    }

    /// <summary>
    /// True when a country name that is also a given name stands as one: after an honorific (<c>Mr. Jordan</c>), or before a
    /// capitalised word that is not a place or state word (<c>Chad Brown</c>, <c>Georgia Tech</c>; not <c>Jordan Valley</c>).
    /// </summary>
    private bool IsPersonName(string text, PhraseMatch<GazetteerTarget> match, ReadOnlySpan<Term> terms)
    {
        if (match.TermCount != 1 || !GivenNames.Contains(text.AsSpan(match.Start, match.End - match.Start))) return false;
        var t = terms[match.FirstTerm].Token;
        if (t > 0 && Honorifics.Contains(WordAt(text, t - 1))) return true;
        if (t + 1 >= _tokens.Count || _tokens[t + 1].Sentence != _tokens[t].Sentence || _tokens[t + 1].Start != match.End + 1) return false;
        var next = WordAt(text, t + 1);
        return next.Length > 1 && char.IsUpper(next[0]) && !char.IsUpper(next[1]) && !PlaceWords.Contains(next);
    }

    /// <summary>
    /// True when "Georgia" names the U.S. state: after one of its cities and a comma (<c>Atlanta, Georgia</c>; not
    /// <c>Tbilisi, Georgia</c>), or before a comma and the United States (<c>Georgia, USA</c>).
    /// </summary>
    private bool IsUsState(string text, PhraseMatch<GazetteerTarget> match, ReadOnlySpan<Term> terms)
    {
        if (match.TermCount != 1 || !text.AsSpan(match.Start, match.End - match.Start).SequenceEqual("Georgia")) return false;
        var t = terms[match.FirstTerm].Token;
        return (t >= 2 && TokenAt(text, t - 1) is "," && GeorgiaCities.Contains(WordAt(text, t - 2)))
               || (t + 2 < _tokens.Count && TokenAt(text, t + 1) is "," && TokenAt(text, t + 2) is "U.S." or "US" or "USA" or "U.S.A.");
    }

    private ReadOnlySpan<char> TokenAt(string text, int t) => text.AsSpan(_tokens[t].Start, _tokens[t].Length);

    /// <summary>Cities of the U.S. state of Georgia that news names it after.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GeorgiaCities =
        new HashSet<string>(["Atlanta", "Savannah", "Augusta", "Athens", "Macon", "Columbus", "Albany", "Marietta", "Valdosta",
            "Alpharetta", "Roswell", "Decatur", "Brunswick", "Dalton", "Rome"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private ReadOnlySpan<char> WordAt(string text, int t) =>
        _tokens[t].Kind == TokenKind.Word ? text.AsSpan(_tokens[t].Start, _tokens[t].Length) : [];

    /// <summary>Country names that are also common given names.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenNames =
        new HashSet<string>(["Chad", "Jordan", "Georgia"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Honorifics =
        new HashSet<string>(["Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Mister"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Capitalised words that continue a country's name as a place, a state body or a role, not as a surname.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceWords =
        new HashSet<string>(["River", "Valley", "Basin", "Lake", "Sea", "Gulf", "Rift", "Mountains", "Desert", "Delta", "Province",
            "Region", "Border", "Government", "Ministry", "Minister", "Embassy", "Armed", "Army", "Forces", "Parliament", "King",
            "Queen", "Crown", "Prince", "President", "Prime", "Foreign", "National", "State", "Republic", "Kingdom", "Crisis",
            "Agreement", "Accord", "Declaration", "Compact", "Plan", "Initiative", "Summit", "Talks", "Process", "Fund", "Mission"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the form is followed by its country's currency unit (<c>U.S. dollars</c>) or by a <c>$</c> sign (<c>US$</c>, <c>HK$</c>).</summary>
    private bool IsCurrency(GazetteerEntry entry, PhraseMatch<GazetteerTarget> match, ReadOnlySpan<Term> terms)
    {
        var next = match.FirstTerm + match.TermCount;
        if (next >= terms.Length) return false;
        var term = terms[next];
        if (term.Id == _dollarSign) return term.Start == match.End;
        return _currencies.TryGetValue(entry, out var units) && units.Contains(term.Id);
    }
}
