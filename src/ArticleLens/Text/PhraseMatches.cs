using System.Runtime.InteropServices;

namespace ArticleLens.Text;

/// <summary>Policies for choosing among overlapping matches.</summary>
public static class PhraseMatches
{
    /// <summary>
    /// Longest match wins: scanning left to right, keeps a match when it does not overlap one already kept in the
    /// same group (matches of different groups may overlap). Pass a constant group for one global selection.
    /// Among matches with the same start, the longest comes first; ties keep their input order.
    /// </summary>
    public static List<PhraseMatch<T>> LongestPerGroup<T, TGroup>(IEnumerable<PhraseMatch<T>> matches, Func<T, TGroup> group)
        where TGroup : notnull
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(group);
        var list = matches as List<PhraseMatch<T>> ?? [.. matches];
        if (!StartsAscending(CollectionsMarshal.AsSpan(list)))
            list = [.. list.OrderBy(m => m.FirstTerm).ThenByDescending(m => m.TermCount)];
        var all = CollectionsMarshal.AsSpan(list);
        var kept = new List<PhraseMatch<T>>();
        var reach = new Dictionary<TGroup, int>();
        var comparer = EqualityComparer<TGroup>.Default;
        var run = new List<(PhraseMatch<T> Match, int Index, TGroup Group)>();
        for (var start = 0; start < all.Length;)
        {
            // Matches with one first term: per group, the longest (the first of equals) unless an earlier match covers it.
            var first = all[start].FirstTerm;
            var end = start;
            run.Clear();
            for (; end < all.Length && all[end].FirstTerm == first; end++)
            {
                var key = group(all[end].Value);
                if (reach.TryGetValue(key, out var covered) && first < covered) continue;
                var at = 0;
                while (at < run.Count && !comparer.Equals(run[at].Group, key)) at++;
                if (at == run.Count) run.Add((all[end], end, key));
                else if (all[end].TermCount > run[at].Match.TermCount) run[at] = (all[end], end, key);
            }
            if (run.Count > 1)
                run.Sort((a, b) => a.Match.TermCount != b.Match.TermCount ? b.Match.TermCount.CompareTo(a.Match.TermCount) : a.Index.CompareTo(b.Index));
            foreach (var (match, _, key) in run)
            {
                reach[key] = match.FirstTerm + match.TermCount;
                kept.Add(match);
            }
            start = end;
        }
        return kept;
    }

    /// <summary>Longest match wins across all values: no two kept matches overlap.</summary>
    public static List<PhraseMatch<T>> Longest<T>(IEnumerable<PhraseMatch<T>> matches) => LongestPerGroup(matches, _ => 0);

    private static bool StartsAscending<T>(ReadOnlySpan<PhraseMatch<T>> matches)
    {
        for (var i = 1; i < matches.Length; i++)
            if (matches[i].FirstTerm < matches[i - 1].FirstTerm) return false;
        return true;
    }
}
