namespace ArticleLens.Tests.Text;

public class PhraseMatcherTests
{
    private static List<string> Find(string text, params Pattern[] patterns)
    {
        var vocabulary = new Vocabulary();
        var matcher = new PhraseMatcher<string>(patterns.Select(p => (p, p.Text)), vocabulary);
        var terms = new List<Term>();
        TermStream.Append(text, [.. Tokenizer.Tokenize(text)], vocabulary, terms);
        var found = new List<PhraseMatch<string>>();
        matcher.FindAll(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(terms), text, found);
        return [.. found.Select(m => $"{m.Value}={text[m.Start..m.End]}")];
    }

    public class FindAll
    {
        [Fact]
        public void Given_a_case_sensitive_root_When_the_text_differs_in_case_Then_only_the_exact_spelling_matches() =>
            Assert.Equal(["US=US", "us dollars=us dollars"],
                Find("Let us go to the US; us dollars.", Pattern.CaseSensitive("US"), Pattern.Parse("us dollars")));

        [Fact]
        public void Given_case_sensitive_and_insensitive_paths_through_one_node_When_matched_Then_each_follows_its_own_rule() =>
            Assert.Equal(["the us army=the US Army", "the US Army=the US Army", "the us army=the us army"],
                Find("the US Army and the us army", Pattern.CaseSensitive("the US Army"), Pattern.Parse("the us army")));

        [Fact]
        public void Given_an_exact_and_a_glob_edge_from_one_node_When_matched_Then_both_are_walked() =>
            Assert.Equal(["Central Asia*=Central Asian", "Central Asia=Central Asia", "Central Asia*=Central Asia"],
                Find("Central Asian and Central Asia", Pattern.Parse("Central Asia"), Pattern.Parse("Central Asia*")));

        [Fact]
        public void Given_a_warm_matcher_When_it_matches_again_Then_the_walk_allocates_nothing()
        {
            const string text = "The US and the People's Republic of China met the us army and China's people.";
            var vocabulary = new Vocabulary();
            Pattern[] patterns = [Pattern.CaseSensitive("US"), Pattern.Parse("People's Republic of China"), Pattern.Parse("China"), Pattern.Parse("us army")];
            var matcher = new PhraseMatcher<int>(patterns.Select((p, i) => (p, i)), vocabulary);
            var terms = new List<Term>();
            TermStream.Append(text, [.. Tokenizer.Tokenize(text)], vocabulary, terms);
            var found = new List<PhraseMatch<int>>(64);
            matcher.FindAll(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(terms), text, found);

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 10; i++)
            {
                found.Clear();
                matcher.FindAll(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(terms), text, found);
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.Equal(5, found.Count);
        }
    }
}
