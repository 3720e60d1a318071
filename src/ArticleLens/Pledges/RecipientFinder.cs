namespace ArticleLens.Pledges;

/// <summary>
/// Finds who receives: a party after "to" or "for" ("to Central Asian countries", "for the five Central Asian countries"),
/// or after "help", "assist", "support" ("to help Central Asian countries train ..."). "the five countries" is resolved to a
/// group of five named earlier in the article.
/// </summary>
internal sealed class RecipientFinder(PledgeLexicon lexicon)
{
    private readonly int _to = lexicon.Id("to"), _for = lexicon.Id("for"), _help = lexicon.Id("help"), _assist = lexicon.Id("assist"),
        _support = lexicon.Id("support"), _the = lexicon.Id("the"), _all = lexicon.Id("all"), _our = lexicon.Id("our"),
        _these = lexicon.Id("these"), _those = lexicon.Id("those"), _its = lexicon.Id("its"), _their = lexicon.Id("their");

    /// <summary>The first recipient in terms <paramref name="from"/>..<paramref name="limit"/>, or null.</summary>
    public PledgeParty? Find(SentenceView view, SentenceMatches matches, int from, int limit, IReadOnlyList<Party> groupsSeen)
    {
        for (var j = Math.Max(from, 0); j < limit; j++)
        {
            var id = view.Id(j);
            if (id != _to && id != _for && id != _help && id != _assist && id != _support) continue;
            var start = j + 1;
            var k = start;
            while (k <= limit && IsLeadIn(view.Id(k))) k++;
            var count = 0.0;
            if (k <= limit && NumberReader.TryRead(view, lexicon, k, out var n) && n.Scale == 1 && !view.TryYear(k, out _))
            {
                count = n.Value;
                k = n.Last + 1;
            }
            if (k > limit) continue;
            if (matches.StartingAt(k, CueKind.Party) is { } party)
            {
                var last = party.FirstTerm + party.TermCount - 1;
                if (view.SameToken(k - 1, k) || view.SameToken(last, last + 1)) continue; // "China-Central Asia cooperation"
                return new PledgeParty(view.Slice(start, last), party.Value.Party);
            }
            if (count >= 2 && lexicon.Is(view.Id(k), WordClass.PartyNoun) && view.IsWholeToken(k))
            {
                var group = Anaphor(view, matches, start, (int)count, groupsSeen);
                return new PledgeParty(view.Slice(start, k), group);
            }
        }
        return null;
    }

    private bool IsLeadIn(int id) => id == _the || id == _all || id == _our || id == _these || id == _those || id == _its || id == _their;

    /// <summary>"the five countries": the last group of five named before, in this sentence or earlier in the article.</summary>
    private static Party? Anaphor(SentenceView view, SentenceMatches matches, int before, int count, IReadOnlyList<Party> groupsSeen)
    {
        Party? found = null;
        foreach (var match in matches.Kept)
            if (match.FirstTerm < before && match.Value.Party is { IsGroup: true } g && g.Members.Count == count) found = g;
        if (found is not null) return found;
        for (var k = groupsSeen.Count - 1; k >= 0; k--)
            if (groupsSeen[k].Members.Count == count) return groupsSeen[k];
        return null;
    }
}
