namespace ArticleLens.Text;

/// <summary>Policies for choosing among overlapping matches.</summary>
public static class PhraseMatches
{
    /// <summary>
    /// Longest match wins: scanning left to right, keeps a match when it does not overlap one already kept in the
    /// same group (matches of different groups may overlap). Pass a constant group for one global selection.
    /// </summary>
    public static List<PhraseMatch<T>> LongestPerGroup<T, TGroup>(IEnumerable<PhraseMatch<T>> matches, Func<T, TGroup> group)
        where TGroup : notnull
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(group);
        var kept = new List<PhraseMatch<T>>();
        var reach = new Dictionary<TGroup, int>();
        foreach (var match in matches.OrderBy(m => m.FirstTerm).ThenByDescending(m => m.TermCount))
        {
            var key = group(match.Value);
            if (reach.TryGetValue(key, out var end) && match.FirstTerm < end) continue;
            reach[key] = match.FirstTerm + match.TermCount;
            kept.Add(match);
        }
        return kept;
    }

    /// <summary>Longest match wins across all values: no two kept matches overlap.</summary>
    public static List<PhraseMatch<T>> Longest<T>(IEnumerable<PhraseMatch<T>> matches) => LongestPerGroup(matches, _ => 0);
}
