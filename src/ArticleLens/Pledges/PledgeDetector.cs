using ArticleLens.Text;

namespace ArticleLens.Pledges;

/// <summary>
/// Finds the pledges of articles, sentence by sentence and clause by clause. A sentence is tokenized and parsed only when a
/// cheap scan finds a cue word in it. Reuse one detector across articles (it keeps one vocabulary and one matcher); not thread-safe.
/// </summary>
public sealed class PledgeDetector
{
    private readonly Vocabulary _vocabulary = new();
    private readonly PledgeLexicon _lexicon;
    private readonly ClauseGrammar _grammar;
    private readonly PhraseMatcher<Cue> _matcher;
    private readonly TimeframeReader _timeframes;
    private readonly ClauseReader _clauses;
    private readonly QuantityReader _quantities;

    /// <summary>Actions whose object is a count even in small number words: "provide three patrol vessels".</summary>
    private static readonly HashSet<string> Giving = new(StringComparer.Ordinal)
    {
        "provide", "donate", "deliver", "send", "supply", "give", "grant", "dispatch", "offer", "build", "construct", "open",
        "establish", "deploy", "train", "hand over",
    };
    private readonly RecipientFinder _recipients;
    private readonly SentenceView _view = new();
    private readonly SentenceMatches _matches = new();
    private readonly List<TimeHit> _time = new(4);
    private readonly List<ClauseHit> _clauseHits = new(8);
    private readonly List<QuantityHit> _quantityHits = new(4);
    private readonly List<Party> _groupsSeen = new(4);
    private (ActorHit Hit, PledgeParty Party)? _lastActor;
    private bool _numbers; // the sentence has a term that may start a number

    /// <summary>A detector that knows countries and groups from <see cref="PartyNames.Default"/>.</summary>
    public PledgeDetector() : this(PartyNames.Default)
    {
    }

    /// <summary>A detector that knows countries and groups from <paramref name="parties"/> (the country gazetteer, say).</summary>
    public PledgeDetector(IPartyNames parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        _matcher = new PhraseMatcher<Cue>(PledgeCues.Entries(parties), _vocabulary);
        var lexicon = _lexicon = new PledgeLexicon(_vocabulary);
        var grammar = _grammar = new ClauseGrammar(lexicon);
        _timeframes = new TimeframeReader(lexicon);
        _clauses = new ClauseReader(lexicon, new ActorFinder(lexicon), grammar);
        _quantities = new QuantityReader(lexicon, new UnitReader(lexicon, grammar));
        _recipients = new RecipientFinder(lexicon);
    }

    /// <summary>The pledges of <paramref name="article"/>, in text order.</summary>
    public IReadOnlyList<Pledge> Find(Article article)
    {
        var found = new List<Pledge>();
        Find(article, found);
        return found;
    }

    /// <summary>Adds the pledges of <paramref name="article"/> to <paramref name="results"/>, in text order.</summary>
    public void Find(Article article, List<Pledge> results)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(results);
        _groupsSeen.Clear();
        foreach (var sentence in article.Sentences)
        {
            var span = article.SentenceText(sentence);
            if (!CuePrefilter.MayHoldCue(span) || IsQuestion(span)) continue;
            _view.Load(article.Text, sentence, _vocabulary);
            _matches.Find(_view, _matcher);
            _clauseHits.Clear();
            _clauses.Read(_view, _matches, _clauseHits);
            if (_clauseHits.Exists(c => !c.Actor.Reported))
            {
                // Only a sentence with a pledge needs its timeframes and quantities, and only one with a unit of time or a year
                // can hold a timeframe, one with digits or a number word a quantity.
                var (classes, digits, year) = _view.Summary(_lexicon);
                _time.Clear();
                if (year || (classes & WordClass.TimeUnit) != 0) _timeframes.Read(_view, article.Date, _time);
                _numbers = digits || (classes & (WordClass.NumberWord | WordClass.Scale)) != 0;
                _lastActor = null;
                foreach (var clause in _clauseHits)
                    if (!clause.Actor.Reported) Emit(article, clause, results);
            }
            foreach (var match in _matches.Kept)
                if (match.Value.Party is { IsGroup: true } group && !_groupsSeen.Contains(group)) _groupsSeen.Add(group);
        }
    }

    /// <summary>The actor as a record, made once for all the clauses of a cue.</summary>
    private PledgeParty ActorOf(ActorHit actor)
    {
        if (_lastActor is { } last && last.Hit == actor) return last.Party;
        var party = new PledgeParty(actor.Text ?? ActorText(actor), actor.Party);
        _lastActor = (actor, party);
        return party;
    }

    private void Emit(Article article, ClauseHit clause, List<Pledge> results)
    {
        if (_grammar.IsHappening(_view, clause.Action)) return;
        if ((clause.Cue.IsPast || clause.Cue.NeedsAmount) && IsAfterPastDate(clause, article.Date)) return; // "In 2021, China pledged to ...": history
        var actionEnd = Math.Max(clause.Action.Last, clause.Action.Term);
        _quantityHits.Clear();
        if (_numbers && clause.Cue.Modality != PledgeModality.Support && clause.Cue.Modality != PledgeModality.CallFor // their numbers are others' amounts
            && !clause.Action.Text.StartsWith("not ", StringComparison.Ordinal)) // "will not provide 100 tons": no amount is pledged
            _quantities.ReadAll(_view, _matches, actionEnd + 1, clause.Last, _time, _quantityHits, Giving.Contains(clause.Action.Text));
        var recipient = (_quantityHits.Count > 0 ? _recipients.Find(_view, _matches, _quantityHits[0].Last + 1, clause.Last, _groupsSeen) : null)
                        ?? _recipients.Find(_view, _matches, clause.Action.Term, clause.Last, _groupsSeen);
        var actor = clause.Actor;
        var pledge = new Pledge
        {
            Article = article.Id,
            Path = article.Path,
            ArticleOffset = article.Offset,
            Sentence = _view.Sentence.Index,
            Start = _view.Start(clause.First),
            End = _view.End(clause.Last),
            ArticleText = article.Text,
            SentenceStart = _view.Sentence.Start,
            SentenceEnd = _view.Sentence.End,
            Actor = ActorOf(actor),
            Modality = clause.Cue.Modality!,
            Action = clause.Action.Text,
            Reaffirmation = clause.Action.Continues,
            Recipient = recipient,
            Timeframe = TimeframeOf(clause),
        };
        if (_quantityHits.Count == 0)
        {
            results.Add(pledge);
            return;
        }
        for (var q = 0; q < _quantityHits.Count; q++)
        {
            var quantity = _quantityHits[q];
            var own = _quantityHits.Count > 1 // "20 million doses this year and 30 million doses next year"
                ? TimeframeAfter(quantity.Last, q + 1 < _quantityHits.Count ? _quantityHits[q + 1].First : clause.Last + 1)
                : null;
            results.Add(pledge with
            {
                Quantity = quantity.Quantity, Unit = quantity.Unit, Currency = quantity.Currency, UsdEquivalent = quantity.Usd,
                Timeframe = own ?? pledge.Timeframe, Actor = quantity.Actor ?? pledge.Actor,
            });
        }
    }

    /// <summary>The timeframe that starts after term <paramref name="last"/> and before term <paramref name="before"/>, if any.</summary>
    private PledgeTimeframe? TimeframeAfter(int last, int before)
    {
        foreach (var hit in _time)
            if (hit.Timeframe is not null && hit.First > last && hit.First < before) return hit.Timeframe;
        return null;
    }

    /// <summary>
    /// The clause's own timeframe; else the sentence's only one (stated once, it applies to each pledge); else one stated
    /// before the sentence's first pledge ("In 2022, China will ..., and ...").
    /// </summary>
    private PledgeTimeframe? TimeframeOf(ClauseHit clause)
    {
        PledgeTimeframe? only = null, fronted = null;
        var count = 0;
        var firstClause = _clauseHits.Count > 0 ? _clauseHits[0].First : 0;
        foreach (var hit in _time)
        {
            if (hit.Timeframe is null) continue;
            if (hit.First >= clause.First && hit.First <= clause.Last) return hit.Timeframe;
            count++;
            only = hit.Timeframe;
            if (hit.Last < firstClause) fronted = hit.Timeframe;
        }
        return count == 1 ? only : fronted;
    }

    /// <summary>
    /// The actor's words, with the capital of a common first word dropped ("We" → "we", "All parties" → "all parties"): it opens
    /// the sentence, or follows a paragraph number, a bullet or a quote mark.
    /// </summary>
    private string ActorText(ActorHit actor)
    {
        var text = _view.Slice(actor.First, actor.Last);
        return char.IsUpper(text[0]) && _lexicon.Is(_view.Id(actor.First), WordClass.ActorPronoun | WordClass.Determiner | WordClass.Adverb)
               && text != "I" && !text.StartsWith("I ", StringComparison.Ordinal)
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;
    }

    /// <summary>
    /// Before the cue: elapsed time ("three years ago", "in 2021" in a later article), a year before the article's, "last year" or
    /// "previously"; for an amount pledged, elapsed time anywhere in the clause ("has committed $2.5 billion since 2014").
    /// </summary>
    private bool IsAfterPastDate(ClauseHit clause, DateOnly? date)
    {
        var cue = clause.CueFirst;
        foreach (var hit in _time)
        {
            var elapsed = hit.Timeframe is null || date is { } d && hit.Timeframe.ToYear < d.Year;
            if (elapsed && (hit.First < cue || clause.Cue.NeedsAmount && hit.First <= clause.Last)) return true;
        }
        for (var k = 0; k < cue; k++)
        {
            if (date is { } d && _view.TryYear(k, out var year) && year < d.Year) return true; // "At the 2018 summit, China pledged"
            var word = _view.Raw(k);
            if (word.Equals("previously", StringComparison.OrdinalIgnoreCase) || word.Equals("earlier", StringComparison.OrdinalIgnoreCase)
                || word.Equals("last", StringComparison.OrdinalIgnoreCase) && _view.IdAt(k + 1) is var unit && _lexicon.Is(unit, WordClass.TimeUnit))
                return true;
        }
        return false;
    }

    private static bool IsQuestion(ReadOnlySpan<char> sentence)
    {
        var trimmed = sentence.TrimEnd().TrimEnd("\"'”’)");
        if (trimmed.Length > 0 && trimmed[^1] == '?') return true;
        var start = sentence.TrimStart();
        return start is ['Q', ..] && (start is [_, ':' or '.', ..] || start.StartsWith("Question:")); // a journalist's turn at a press conference
    }

    /// <summary>One line: "Pledge detector: 512 forms in its vocabulary".</summary>
    public override string ToString() => $"Pledge detector: {_vocabulary.Count:N0} forms in its vocabulary";
}
