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
        var list = matches as IReadOnlyList<PhraseMatch<T>> ?? matches.ToList();
        if (!StartsAscending(list))
            list = list.OrderBy(m => m.FirstTerm).ThenByDescending(m => m.TermCount).ToList();
        var kept = new List<PhraseMatch<T>>();
        var reach = new Dictionary<TGroup, int>();
        var run = new List<(PhraseMatch<T> Match, int Index)>();
        for (var start = 0; start < list.Count;)
        {
            // Matches with one first term: per group, the longest (the first of equals) unless an earlier match covers it.
            var end = start;
            while (end < list.Count && list[end].FirstTerm == list[start].FirstTerm) end++;
            run.Clear();
            for (var i = start; i < end; i++)
            {
                var key = group(list[i].Value);
                if (reach.TryGetValue(key, out var covered) && list[i].FirstTerm < covered) continue;
                var index = run.FindIndex(r => EqualityComparer<TGroup>.Default.Equals(group(r.Match.Value), key));
                if (index < 0) run.Add((list[i], i));
                else if (list[i].TermCount > run[index].Match.TermCount) run[index] = (list[i], i);
            }
            foreach (var (match, _) in run)
                reach[group(match.Value)] = match.FirstTerm + match.TermCount;
            if (run.Count > 1)
                run.Sort((a, b) => a.Match.TermCount != b.Match.TermCount ? b.Match.TermCount.CompareTo(a.Match.TermCount) : a.Index.CompareTo(b.Index));
            foreach (var (match, _) in run)
                kept.Add(match);
            start = end;
        }
        return kept;
    }

    /// <summary>Longest match wins across all values: no two kept matches overlap.</summary>
    public static List<PhraseMatch<T>> Longest<T>(IEnumerable<PhraseMatch<T>> matches) => LongestPerGroup(matches, _ => 0);

    private static bool StartsAscending<T>(IReadOnlyList<PhraseMatch<T>> list)
    {
        for (var i = 1; i < list.Count; i++)
            if (list[i].FirstTerm < list[i - 1].FirstTerm) return false;
        return true;
    }
}
