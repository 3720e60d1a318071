using ArticleLens.Text;

namespace ArticleLens.Pledges;

/// <summary>
/// Finds who stands before a cue ("China", "the Chinese government", "we", "all parties", "the two sides", "President Biden"),
/// stepping over adverbs and auxiliaries ("China is ready to", "we firmly support"), and tells whether the actor
/// is the subject of a reported belief or a question ("They believe that China will ...", "whether China will ...").
/// </summary>
internal sealed class ActorFinder(PledgeLexicon lexicon)
{
    private readonly int _the = lexicon.Id("the"), _all = lexicon.Id("all"), _both = lexicon.Id("both"), _and = lexicon.Id("and"),
        _that = lexicon.Id("that"), _our = lexicon.Id("our"), _my = lexicon.Id("my"), _its = lexicon.Id("its"), _their = lexicon.Id("their"),
        _member = lexicon.Id("member"), _these = lexicon.Id("these"), _prime = lexicon.Id("prime"),
        _vice = lexicon.Id("vice"), _relevant = lexicon.Id("relevant"), _other = lexicon.Id("other"),
        _has = lexicon.Id("has"), _have = lexicon.Id("have"), _it = lexicon.Id("it");

    private readonly HashSet<int> _announce = [.. new[] { "announced", "announces", "said", "says", "stated", "states", "declared",
        "declares", "pledged", "pledges", "promised", "promises", "confirmed", "confirms", "added" }.Select(lexicon.Id)];

    private readonly int _comma = lexicon.Id(","), _according = lexicon.Id("according"), _to = lexicon.Id("to");

    private readonly HashSet<int> _asideOpeners = [.. new[] { "as", "together", "along", "acting", "jointly" }.Select(lexicon.Id)];

    private readonly HashSet<int> _sayings = [.. new[] { "say", "says", "said", "suggest", "suggests", "suggested", "claim", "claims",
        "claimed", "speculate", "speculated", "indicate", "indicated", "argue", "argued", "note", "noted", "insist", "insisted" }.Select(lexicon.Id)];

    /// <summary>Who reports what an actor will do without speaking for it.</summary>
    private readonly HashSet<int> _hearsay = [.. new[] { "analysts", "analyst", "experts", "observers", "commentators", "sources",
        "insiders", "critics", "pundits", "economists", "reports", "report", "media", "press", "newspapers", "journalists",
        "rumors", "rumours", "speculation", "familiar" }.Select(lexicon.Id)];

    /// <summary>News outlets after "according to" ("According to Reuters, China will"): a report, not a statement.</summary>
    private readonly HashSet<int> _outlets = [.. new[] { "reuters", "bloomberg", "ap", "afp", "xinhua", "tass", "ria", "kyodo", "yonhap",
        "nikkei", "cnn", "bbc", "politico", "axios", "times", "post", "journal", "guardian", "telegraph", "economist", "agency",
        "newspaper", "outlet", "broadcaster" }.Select(lexicon.Id)];

    /// <summary>The actor whose last word is just before <paramref name="cue"/> (adverbs and auxiliaries aside), or null.</summary>
    public ActorHit? Find(SentenceView view, SentenceMatches matches, int cue, bool perfect = false)
    {
        var j = cue - 1;
        while (j >= 0 && (lexicon.IsAdverb(view.Id(j)) || lexicon.Is(view.Id(j), WordClass.Auxiliary | WordClass.Negation)
                          || perfect && (view.Id(j) == _has || view.Id(j) == _have))) j--;
        if (j >= 0 && view.Id(j) == _comma && AsideStart(view, j) is { } aside) j = aside - 2; // "Egypt, on behalf of the Arab Group, will"
        if (j < 0 || view.IsPossessive(j)) return null;
        int first;
        Party? party = null;
        if (matches.EndingAt(j) is { } m && m.Value.Kind is CueKind.Party or CueKind.GenericActor or CueKind.Capital)
        {
            first = m.FirstTerm;
            party = m.Value.Party;
            if (IsPartOfCompound(view, first)) return null; // "the China-Central Asia mechanism will"
            if (m.Value.Kind == CueKind.Capital && view.IsCapitalized(cue)) return null; // "the Paris Call for Trust": a name
        }
        else if (view.Id(j) == _it && view.IsWholeToken(j)) return Announcer(view, matches, j);
        else if (lexicon.Is(view.Id(j), WordClass.ActorPronoun) && view.IsWholeToken(j)) first = j;
        else if (lexicon.Is(view.Id(j), WordClass.PartyNoun)) first = GenericStart(view, j);
        else if (view.IsCapitalized(j)) first = TitleStart(view, j);
        else return null;
        if (first < 0) return null;

        first = WithDeterminers(view, first);
        if (view.IdAt(first - 1) == _and && matches.EndingAt(first - 2) is { } other && other.Value.Kind == CueKind.Party)
        {
            first = WithDeterminers(view, other.FirstTerm);
            party = null; // two parties: keep the words, no single code
        }
        return new ActorHit(first, j, party, null, IsReported(view, first));
    }

    /// <summary>
    /// The subject just before <paramref name="cue"/> follows a verb of saying: "China announced (that) it would",
    /// "The Secretary said Washington would", "India said it would". "We announced that we would" recounts the speaker's past.
    /// </summary>
    public bool IsAnnounced(SentenceView view, SentenceMatches matches, int cue)
    {
        var j = cue - 1;
        while (j >= 0 && lexicon.IsAdverb(view.Id(j))) j--;
        if (j < 0) return false;
        var first = view.Id(j) == _it ? j // not "we announced that we would": a speaker recounting its own past
            : matches.EndingAt(j) is { Value.Kind: CueKind.Party or CueKind.GenericActor or CueKind.Capital } m ? WithDeterminers(view, m.FirstTerm) : -1;
        if (first < 1) return false;
        var k = first - 1;
        if (view.IdAt(k) == _that) k--;
        return k >= 0 && _announce.Contains(view.Id(k));
    }

    /// <summary>
    /// The first word of an aside that ends with the comma at <paramref name="close"/> and opens with a comma and a preposition
    /// or "as", "together", "along" ("Saudi Arabia, through KSrelief (KSrelief), will"), or null.
    /// </summary>
    private int? AsideStart(SentenceView view, int close)
    {
        for (var k = close - 1; k >= 1 && k >= close - 15; k--)
        {
            if (view.Id(k) == _comma)
                return k + 1 < close && k >= 1 && view.IsWord(k - 1) && (lexicon.Is(view.Id(k + 1), WordClass.Preposition) || _asideOpeners.Contains(view.Id(k + 1)))
                    ? k + 1 : null;
            if (lexicon[view.Id(k)] is var c && (c & (WordClass.Auxiliary | WordClass.Relative)) != 0) return null; // "..., which has, will"
        }
        return null;
    }

    /// <summary>The actor that opens the sentence ("The United States stands with Ukraine and will ..."), or null.</summary>
    public ActorHit? Opening(SentenceView view, SentenceMatches matches)
    {
        var first = view.IdAt(0) == _the ? 1 : 0;
        if (matches.StartingAt(first) is { Value.Kind: CueKind.Party or CueKind.GenericActor or CueKind.Capital } m && !view.IsPossessive(m.FirstTerm + m.TermCount - 1))
            return new ActorHit(0, m.FirstTerm + m.TermCount - 1, m.Value.Party, null, false);
        return first == 0 && lexicon.Is(view.IdAt(0), WordClass.ActorPronoun) ? new ActorHit(0, 0, null, null, false) : null;
    }

    /// <summary>"China announced (that) it will ...", "The Chinese side said it is ready to ...": "it" is the party that said so.</summary>
    private ActorHit? Announcer(SentenceView view, SentenceMatches matches, int it)
    {
        var k = it - 1;
        if (view.IdAt(k) == _that) k--;
        if (k < 1 || !_announce.Contains(view.Id(k))) return null;
        if (matches.EndingAt(k - 1) is not { Value.Kind: CueKind.Party or CueKind.GenericActor or CueKind.Capital } m || IsPartOfCompound(view, m.FirstTerm)) return null;
        var first = WithDeterminers(view, m.FirstTerm);
        return new ActorHit(first, k - 1, m.Value.Party, null, IsReported(view, first));
    }

    /// <summary>
    /// "the two sides", "all parties", "our two countries", "my Government", "both leaders", "the relevant parties": needs a
    /// determiner, "all", "both" or a number; or the proper noun "Member States".
    /// </summary>
    private int GenericStart(SentenceView view, int noun)
    {
        var k = noun - 1;
        var anchored = false;
        var adjectives = 0;
        while (k >= 0)
        {
            var id = view.Id(k);
            if (id == _the || id == _all || id == _both || id == _our || id == _my || id == _these || lexicon.Is(id, WordClass.NumberWord)
                || (id == _its || id == _their) && view.IdAt(k - 1) == _and) anchored = true; // "the EU and its member states"
            else if ((id == _relevant || id == _other || id == _member || lexicon.Is(id, WordClass.PartyNoun) || view.IsCapitalized(k) && view.IsWord(k)
                      || id == _and && k > 0 && view.IsCapitalized(k - 1)) && adjectives++ < 3) { } // "the U.S. and Ukrainian governments"
            else break;
            k--;
        }
        if (anchored) return k + 1;
        return view.IdAt(noun - 1) == _member && view.IsCapitalized(noun - 1) && view.IsCapitalized(noun) ? noun - 1 : -1; // "Member States will"
    }

    /// <summary>"President Xi Jinping", "Prime Minister Modi": capitalized words led by a title.</summary>
    private int TitleStart(SentenceView view, int last)
    {
        for (var k = last; k >= 0 && last - k < 5 && view.IsWord(k) && view.IsCapitalized(k); k--)
        {
            if (!lexicon.Is(view.Id(k), WordClass.Title)) continue;
            var prev = view.IdAt(k - 1);
            return prev == _prime || prev == _vice ? k - 1 : k;
        }
        return -1;
    }

    /// <summary>Takes in "the", "all", "both" and a number before the actor ("the five heads of state"), but not before a pronoun ("12 We will": a paragraph number).</summary>
    private int WithDeterminers(SentenceView view, int first)
    {
        if (lexicon.Is(view.Id(first), WordClass.ActorPronoun)) return first;
        var k = first - 1;
        if (k >= 0 && (lexicon.Is(view.Id(k), WordClass.NumberWord) || view.TokenOf(k).Kind == TokenKind.Number && !view.TryYear(k, out _))) k--;
        if (k >= 0 && (view.Id(k) == _the || view.Id(k) == _all || view.Id(k) == _both || view.Id(k) == _our || view.Id(k) == _my)) k--;
        return k + 1;
    }

    private static bool IsPartOfCompound(SentenceView view, int first) => first > 0 && view.SameToken(first - 1, first);

    /// <summary>
    /// "They believe (that) China will", "whether China will", "Analysts say China will", "According to Reuters, China will":
    /// not the actor's own commitment but a belief, a question or hearsay.
    /// </summary>
    private bool IsReported(SentenceView view, int first)
    {
        var k = first - 1;
        if (view.IdAt(k) == _comma) return IsAccordingToReport(view, k - 1);
        if (view.IdAt(k) == _that) k--;
        if (k < 0) return false;
        if (lexicon.Is(view.Id(k), WordClass.Belief | WordClass.WhWord)) return true;
        if (!_sayings.Contains(view.Id(k))) return false;
        for (var j = k - 1; j >= 0 && j >= k - 4; j--) // "Media reports suggest (that) China will", "Sources familiar with it said"
            if (_hearsay.Contains(view.Id(j))) return true;
        return false;
    }

    /// <summary>"According to Reuters", "according to media reports", ending at <paramref name="last"/>.</summary>
    private bool IsAccordingToReport(SentenceView view, int last)
    {
        for (var k = last - 1; k >= 0 && k >= last - 6; k--)
        {
            if (view.Id(k) != _according || view.IdAt(k + 1) != _to) continue;
            for (var j = k + 2; j <= last; j++)
                if (_hearsay.Contains(view.Id(j)) || _outlets.Contains(view.Id(j))) return true;
            return false;
        }
        return false;
    }
}
