namespace ArticleLens.Tests.Text;

public class PhraseMatcherTests
{
    private static List<string> Matches(string text, params string[] patterns)
    {
        var vocabulary = new Vocabulary();
        var entries = patterns.Select(p => p[0] == '=' ? (Pattern.CaseSensitive(p[1..]), p) : (Pattern.Parse(p), p));
        var matcher = new PhraseMatcher<string>(entries, vocabulary);
        var article = Corpus.FromText("Title\n" + text + "\n").Single();
        var terms = TermStream.Of(article.Tokenize(), vocabulary);
        var found = new List<PhraseMatch<string>>();
        matcher.FindAll(terms, article.Text, found);
        return [.. PhraseMatches.Longest(found).Select(m => $"{m.Value}:{article.Text[m.Start..m.End]}")];
    }

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
        [Theory]
        [InlineData("The US and us.", "=US:US")]
        [InlineData("US aid, US dollars and us.", "=US:US|US dollars:US dollars")]
        [InlineData("Central Asian countries and Central Asia.", "Central Asian countries:Central Asian countries|Central Asia:Central Asia")]
        [InlineData("China will provide, China will.", "China will:China will|China will:China will")]
        [InlineData("Nothing here.", "")]
        public void Given_case_sensitive_and_phrase_patterns_When_matched_Then_longest_matches_are_kept(string text, string expected)
        {
            var patterns = new[] { "=US", "US dollars", "Central Asia", "Central Asian countries", "China will", "China" };

            Assert.Equal(expected, string.Join('|', Matches(text, patterns)));
        }

        [Fact]
        public void Given_the_same_sentence_twice_When_matched_Then_results_are_equal()
        {
            var once = Matches("The US will and US dollars will.", "=US", "US dollars", "will");
            var again = Matches("The US will and US dollars will.", "=US", "US dollars", "will");

            Assert.Equal(["=US:US", "will:will", "US dollars:US dollars", "will:will"], once);
            Assert.Equal(once, again);
        }

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
