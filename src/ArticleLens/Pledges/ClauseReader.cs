using ArticleLens.Text;

namespace ArticleLens.Pledges;

/// <summary>
/// Reads the pledge clauses of a sentence. Each modal cue with an actor opens a region; a cue without an actor opens one only
/// when coordinated (", and stands ready to ..."), and otherwise ends the region before it ("..., which will ...").
/// Inside a region, a coordinator followed by a verb starts a new clause with the same actor and modality
/// ("will provide ..., and offer ...", "will enhance ..., deepen ..., and achieve ...").
/// </summary>
internal sealed class ClauseReader(PledgeLexicon lexicon, ActorFinder actors, ClauseGrammar grammar)
{
    private readonly int _to = lexicon.Id("to"), _and = lexicon.Id("and"), _comma = lexicon.Id(","), _semicolon = lexicon.Id(";");

    private readonly HashSet<int> _amountLeadIns = [.. PledgeLexicon.AmountLeadIns.Select(lexicon.Id)];

    private readonly record struct Region(ActorHit Actor, Cue Cue, int CueFirst, int CueLast, int Start, int End);

    private readonly List<Region> _regions = new(8);

    /// <summary>Adds the clauses of <paramref name="view"/> to <paramref name="clauses"/>, reported ones (beliefs, questions) included and flagged.</summary>
    public void Read(SentenceView view, SentenceMatches matches, List<ClauseHit> clauses)
    {
        _regions.Clear();
        Region? open = null;
        var openAction = -1;
        foreach (var match in matches.Kept)
        {
            if (match.Value.Kind != CueKind.Modal || match.FirstTerm <= openAction) continue;
            var cue = match.Value;
            var cueLast = match.FirstTerm + match.TermCount - 1;
            if (cue.IsVerb && cue.Modality != PledgeModality.CallFor && IsNounUse(view, matches, cueLast + 1, cue)) continue;
            if (cue.NeedsAmount && !StartsAmount(view, matches, cueLast + 1)) continue;
            int start;
            ActorHit actor;
            if (cue.ImpliedActor is { } implied) (actor, start) = (new ActorHit(match.FirstTerm, cueLast, null, implied, false), match.FirstTerm);
            else if (actors.Find(view, matches, match.FirstTerm, cue.AllowsPerfect) is { } found)
            {
                if (cue.NeedsAnnouncer && !actors.IsAnnounced(view, matches, match.FirstTerm)) continue; // "China would benefit": no commitment
                (actor, start) = (found, found.First);
            }
            else if (!cue.IsVerb && open is { } previous && Coordinator(view, match.FirstTerm) is not null)
                (actor, start) = (previous.Actor, AfterAdverbs(view, match.FirstTerm));
            else if (!cue.IsVerb && open is null && view.IdAt(AfterAdverbs(view, match.FirstTerm) - 1) == _and && actors.Opening(view, matches) is { } opening)
                (actor, start) = (opening, AfterAdverbs(view, match.FirstTerm)); // "The United States stands with Ukraine and will ..."
            else
            {
                if (cue.IsVerb || cue.NeedsAnnouncer) continue; // "support" inside a clause is a plain verb; "that future generations would"
                Close(ref open, match.FirstTerm - 1); // "..., which will ...": not a pledge, and not part of the one before
                openAction = -1;
                continue;
            }
            Close(ref open, (Coordinator(view, start) ?? start) - 1);
            open = new Region(actor, cue, match.FirstTerm, cueLast, start, view.Count - 1);
            openAction = grammar.Find(view, cueLast + 1, view.Count - 1, cue)?.Term ?? cueLast;
        }
        Close(ref open, view.Count - 1);
        foreach (var region in _regions)
            Split(view, region, clauses);
    }

    /// <summary>"support for", "support of", "support.": the cue word is a noun here (but not before "$20 million").</summary>
    private bool IsNounUse(SentenceView view, SentenceMatches matches, int next, Cue cue) =>
        next >= view.Count
        || !view.IsWord(next) && view.TokenOf(next).Kind != TokenKind.Number && matches.StartingAt(next, CueKind.Currency) is not { Value.Before: true }
        || lexicon.Is(view.Id(next), WordClass.Preposition) && !(view.Id(next) == _to && cue.Modality == PledgeModality.Propose);

    /// <summary>An amount starts at <paramref name="k"/>, after "an additional", "a further", "up to", "today": digits or a currency.</summary>
    private bool StartsAmount(SentenceView view, SentenceMatches matches, int k)
    {
        while (k < view.Count && _amountLeadIns.Contains(view.Id(k))) k++;
        return k < view.Count && (view.TokenOf(k).Kind == TokenKind.Number || char.IsAsciiDigit(view.Raw(k)[0])
                                  || matches.StartingAt(k, CueKind.Currency) is { Value.Before: true });
    }

    private void Close(ref Region? open, int end)
    {
        if (open is { } region) _regions.Add(region with { End = Math.Max(region.CueLast, end) });
        open = null;
    }

    /// <summary>The first term of the coordinator ("and", ",", ", and") just before term <paramref name="i"/>, adverbs aside.</summary>
    private int? Coordinator(SentenceView view, int i)
    {
        var k = AfterAdverbs(view, i) - 1;
        if (k < 0) return null;
        var id = view.Id(k);
        if (id == _and) return view.IdAt(k - 1) == _comma ? k - 1 : k;
        return id == _comma ? k : null;
    }

    /// <summary>The first of the adverbs just before term <paramref name="i"/> ("and also will": "also"), or <paramref name="i"/>.</summary>
    private int AfterAdverbs(SentenceView view, int i)
    {
        var k = i - 1;
        while (k >= 0 && (lexicon.IsAdverb(view.Id(k)) || lexicon.Is(view.Id(k), WordClass.Auxiliary))) k--;
        return k + 1;
    }

    private void Split(SentenceView view, Region region, List<ClauseHit> clauses)
    {
        var end = region.End;
        if (grammar.Find(view, region.CueLast + 1, end, region.Cue) is not { } action) return;
        var start = region.Start;
        var gerund = action.Term > region.CueLast && !lexicon.Is(view.Id(action.Term), WordClass.Verb); // "proposes establishing ..., and holding ..."
        for (var k = grammar.SharedObjectEnd(view, action.Last) + 1; k <= end; k++)
        {
            var id = view.Id(k);
            if (id == _semicolon || id == _comma && lexicon.Is(view.IdAt(k + 1), WordClass.Relative))
            {
                end = k - 1;
                break;
            }
            if (id != _comma && id != _and) continue;
            var j = id == _comma && view.IdAt(k + 1) == _and ? k + 2 : k + 1;
            if (!grammar.StartsAction(view, j, end, gerund, strong: j == k + 2) || grammar.Find(view, j, end, null) is not { } next) continue;
            clauses.Add(new ClauseHit(start, Trim(view, start, k - 1), action, region.Actor, region.Cue, region.CueFirst));
            (start, action) = (j, next);
            k = grammar.SharedObjectEnd(view, next.Last);
        }
        clauses.Add(new ClauseHit(start, Trim(view, start, end), action, region.Actor, region.Cue, region.CueFirst));
    }

    private static int Trim(SentenceView view, int first, int last)
    {
        while (last > first && view.TokenOf(last).Kind is TokenKind.Punctuation or TokenKind.Symbol) last--;
        return last;
    }
}
