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
    }
}
