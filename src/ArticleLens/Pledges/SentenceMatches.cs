using ArticleLens.Text;

namespace ArticleLens.Pledges;

/// <summary>The longest non-overlapping cue matches of one sentence, indexed by the term they start and end at.</summary>
internal sealed class SentenceMatches
{
    private readonly List<PhraseMatch<Cue>> _found = new(32);
    private int[] _startsAt = new int[128];
    private int[] _endsAt = new int[128];

    public List<PhraseMatch<Cue>> Kept { get; } = new(16);

    /// <summary>Finds the cues of <paramref name="view"/> with <paramref name="matcher"/>, longest match first.</summary>
    public void Find(SentenceView view, PhraseMatcher<Cue> matcher)
    {
        _found.Clear();
        matcher.FindAll(view.Terms, view.Text, _found);
        Longest();
        if (_startsAt.Length < view.Count)
        {
            _startsAt = new int[view.Count * 2];
            _endsAt = new int[view.Count * 2];
        }
        Array.Fill(_startsAt, -1, 0, view.Count);
        Array.Fill(_endsAt, -1, 0, view.Count);
        for (var k = 0; k < Kept.Count; k++)
        {
            _startsAt[Kept[k].FirstTerm] = k;
            _endsAt[Kept[k].FirstTerm + Kept[k].TermCount - 1] = k;
        }
        Count = view.Count;
    }

    private int Count { get; set; }

    /// <summary>
    /// <see cref="PhraseMatches.Longest{T}"/> in one pass: <see cref="PhraseMatcher{T}.FindAll"/> reports matches grouped by first term
    /// in text order, so the longest of each group is kept unless it overlaps the one kept before.
    /// </summary>
    private void Longest()
    {
        Kept.Clear();
        var reach = 0;
        for (var k = 0; k < _found.Count;)
        {
            var best = _found[k];
            var next = k + 1;
            for (; next < _found.Count && _found[next].FirstTerm == best.FirstTerm; next++)
                if (_found[next].TermCount > best.TermCount) best = _found[next];
            if (best.FirstTerm >= reach)
            {
                Kept.Add(best);
                reach = best.FirstTerm + best.TermCount;
            }
            k = next;
        }
    }

    /// <summary>The match that starts at term <paramref name="i"/>, if any.</summary>
    public PhraseMatch<Cue>? StartingAt(int i) => (uint)i < (uint)Count && _startsAt[i] >= 0 ? Kept[_startsAt[i]] : null;

    /// <summary>The match that ends at term <paramref name="i"/>, if any.</summary>
    public PhraseMatch<Cue>? EndingAt(int i) => (uint)i < (uint)Count && _endsAt[i] >= 0 ? Kept[_endsAt[i]] : null;

    /// <summary>A match of <paramref name="kind"/> starting at term <paramref name="i"/>.</summary>
    public PhraseMatch<Cue>? StartingAt(int i, CueKind kind) => StartingAt(i) is { } m && m.Value.Kind == kind ? m : null;

    /// <summary>A match of <paramref name="kind"/> ending at term <paramref name="i"/>.</summary>
    public PhraseMatch<Cue>? EndingAt(int i, CueKind kind) => EndingAt(i) is { } m && m.Value.Kind == kind ? m : null;
}
