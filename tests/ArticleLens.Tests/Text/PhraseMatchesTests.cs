using CsCheck;

namespace ArticleLens.Tests.Text;

public class PhraseMatchesTests
{
    private static readonly Pattern AnyPattern = Pattern.Parse("x");

    /// <summary>The policy as first written: sort by start, longest first (stable), keep what does not overlap its group's last kept match.</summary>
    private static List<PhraseMatch<int>> Reference(IEnumerable<PhraseMatch<int>> matches, Func<int, int> group)
    {
        var kept = new List<PhraseMatch<int>>();
        var reach = new Dictionary<int, int>();
        foreach (var match in matches.OrderBy(m => m.FirstTerm).ThenByDescending(m => m.TermCount))
        {
            var key = group(match.Value);
            if (reach.TryGetValue(key, out var end) && match.FirstTerm < end) continue;
            reach[key] = match.FirstTerm + match.TermCount;
            kept.Add(match);
        }
        return kept;
    }

    private static readonly Gen<List<PhraseMatch<int>>> Matches =
        Gen.Select(Gen.Int[0, 12], Gen.Int[1, 4], Gen.Int[0, 5])
            .Select((first, count, value) => new PhraseMatch<int>(first, count, first, first + count, value, AnyPattern))
            .List[0, 30];

    public class LongestPerGroup
    {
        [Fact]
        public void Given_matches_in_any_order_Then_the_selection_equals_the_sorted_reference() =>
            Matches.Sample(matches =>
                Assert.Equal(Reference(matches, v => v % 3), PhraseMatches.LongestPerGroup(matches, v => v % 3)));

        [Fact]
        public void Given_matches_in_matcher_order_Then_the_selection_equals_the_sorted_reference() =>
            Matches.Sample(matches =>
            {
                var ordered = matches.OrderBy(m => m.FirstTerm).ThenBy(m => m.TermCount).ToList();
                Assert.Equal(Reference(ordered, v => v % 3), PhraseMatches.LongestPerGroup(ordered, v => v % 3));
                Assert.Equal(Reference(ordered, _ => 0), PhraseMatches.Longest(ordered));
            });

        [Fact]
        public void Given_a_short_and_a_long_match_at_one_start_Then_the_long_one_is_kept_and_the_overlap_dropped()
        {
            PhraseMatch<int> M(int first, int count, int value) => new(first, count, first, first + count, value, AnyPattern);
            List<PhraseMatch<int>> matches = [M(0, 1, 1), M(0, 3, 1), M(1, 1, 2), M(2, 2, 1)];

            Assert.Equal([M(0, 3, 1), M(1, 1, 2)], PhraseMatches.LongestPerGroup(matches, v => v));
            Assert.Equal([M(0, 3, 1)], PhraseMatches.Longest(matches));
        }
    }
}
