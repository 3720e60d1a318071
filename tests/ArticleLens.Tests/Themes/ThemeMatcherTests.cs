using ArticleLens.Themes;

namespace ArticleLens.Tests.Themes;

public class ThemeMatcherTests
{
    private static string Found(string yaml, string lines)
    {
        var article = TestTexts.Article(lines);
        var themed = new ThemeMatcher(Lexicon.Parse(yaml)).Match(article.Tokenize());
        return string.Join("|", themed.Hits.Select(h => $"{h.Theme}:{article.Text[h.Start..h.End]}"));
    }

    public class Match
    {
        [Theory]
        [InlineData("t: [vaccin*]", "Vaccines and vaccination, not a vacancy.", "t:Vaccines|t:vaccination")]
        [InlineData("t: [wom?n]", "A woman, two women, no womban.", "t:woman|t:women")]
        [InlineData("t: [Belt and Road]", "The BELT AND ROAD and the belt and road.", "t:BELT AND ROAD|t:belt and road")]
        [InlineData("t: [Belt and Road]", "It is the Belt and\nRoad of old.", "")]
        [InlineData("t: [people-to-people]", "people-to-people ties and people to people ties.", "t:people-to-people|t:people to people")]
        [InlineData("t: [people-to-people]", "people\u2011to\u2011people ties.", "t:people\u2011to\u2011people")]
        [InlineData("t: [pandemic]", "anti-pandemic supplies.", "t:pandemic")]
        [InlineData("t: [China]", "China's role and China\u2019s ties, not Chinas.", "t:China|t:China")]
        [InlineData("t: [\"develop* countr*\"]", "developing countries and a developed country.", "t:developing countries|t:developed country")]
        [InlineData("t: [2030 Agenda]", "the 2030 Agenda and the 2031 Agenda.", "t:2030 Agenda")]
        [InlineData("t: [COVID-19]", "COVID-19 and COVID vaccines.", "t:COVID-19")]
        [InlineData("t: [covid*]", "COVID-19 and COVID vaccines.", "t:COVID|t:COVID")]
        [InlineData("t: [U.S.]", "500 million U.S. dollars.", "t:U.S.")]
        public void Given_a_pattern_When_matched_Then_globs_phrases_hyphens_and_case_behave_as_documented(string yaml, string text, string expected) =>
            Assert.Equal(expected, Found(yaml, text));

        [Theory]
        [InlineData("t: [Central Asia, Central Asian countries, Asia*]", "Central Asian countries and Asia.", "t:Central Asian countries|t:Asia")]
        [InlineData("t: [trade and investment, investment cooperation]", "trade and investment cooperation.", "t:trade and investment")]
        [InlineData("t: [vaccin*, vaccines]", "vaccines.", "t:vaccines")]
        [InlineData("t: [people-to-people, people]", "people-to-people and people.", "t:people-to-people|t:people")]
        public void Given_overlapping_patterns_of_one_theme_When_matched_Then_the_longest_wins_and_a_span_counts_once(string yaml, string text, string expected) =>
            Assert.Equal(expected, Found(yaml, text));

        [Theory]
        [InlineData("a: [Belt and Road]\nb: [road]", "Belt and Road.", "a:Belt and Road|b:Road")]
        [InlineData("a: [people-to-people]\nb: [people]", "people-to-people.", "a:people-to-people|b:people|b:people")]
        [InlineData("a: [health]\nb: [health*]", "health.", "a:health|b:health")]
        public void Given_overlapping_patterns_of_two_themes_When_matched_Then_each_theme_counts_its_own(string yaml, string text, string expected) =>
            Assert.Equal(expected, Found(yaml, text));

        [Fact]
        public void Given_nested_themes_When_matched_Then_hits_carry_the_dotted_name()
        {
            Assert.Equal("health.vaccines:vaccines|health.pandemics:pandemic",
                Found("health:\n  vaccines: [vaccin*]\n  pandemics: [pandemic*]", "vaccines against the pandemic."));
        }

        [Fact]
        public void Given_a_hit_Then_it_records_article_sentence_span_token_and_pattern()
        {
            var article = TestTexts.Article("Nothing here.\nWe will fight the pandemic together.");

            var hit = Assert.Single(new ThemeMatcher(Lexicon.Parse("health: [pandemic*]")).Match(article.Tokenize()).Hits);

            Assert.Equal(("1", 2, "health", "pandemic*"), (hit.Article, hit.Sentence, hit.Theme, hit.Pattern));
            Assert.Equal("pandemic", article.Text[hit.Start..hit.End]);
            Assert.Equal(hit.Start, article.Tokenize().Tokens[hit.Token].Start);
        }

        [Fact]
        public void Given_one_matcher_When_reused_across_articles_Then_each_gets_only_its_own_hits()
        {
            var articles = TestTexts.Articles(["Trade grows."], ["No theme."], ["trade, trade."]);
            var matcher = new ThemeMatcher(Lexicon.Parse("t: [trade]"));

            var counts = articles.Select(a => matcher.Match(a.Tokenize()).Hits.Count);

            Assert.Equal([1, 0, 2], counts);
        }
    }

    public class Lookup
    {
        [Fact]
        public void Given_articles_When_looked_up_Then_nothing_is_read_until_enumerated()
        {
            var looked = Throwing().Lookup(Lexicon.Parse("t: [x]"));

            Assert.Throws<InvalidOperationException>(() => looked.First());
        }

        [Fact]
        public void Given_several_threads_When_looked_up_Then_results_equal_the_sequential_lookup_in_order()
        {
            var articles = Enumerable.Range(0, 40).SelectMany(_ => TestTexts.Articles(
                ["Trade and vaccines.", "The Belt and Road."], ["No theme.", "Pandemic trade, pandemic."], ["Vaccines."])).ToList();
            var lexicon = Lexicon.Parse("health: [vaccin*, pandemic*]\ntrade: [trade]\nconnectivity: [Belt and Road]");

            var sequential = articles.Lookup(lexicon).Select(a => string.Join(",", a.Hits)).ToList();
            var parallel = articles.Lookup(lexicon, threads: 3).Select(a => string.Join(",", a.Hits)).ToList();

            Assert.Equal(sequential, parallel);
            Assert.Equal(ThemeTable.Of(articles.Lookup(lexicon)).Select(r => r.ToString()), ThemeTable.Of(articles.Lookup(lexicon, 3)).Select(r => r.ToString()));
        }

        [Fact]
        public void Given_no_lexicon_When_looked_up_Then_it_throws_at_once()
        {
            Assert.Throws<ArgumentNullException>(() => Throwing().Lookup(null!));
        }

        private static IEnumerable<Article> Throwing()
        {
            throw new InvalidOperationException("read too early");
#pragma warning disable CS0162 // the yield makes this an iterator, so the throw waits for enumeration
            yield break;
#pragma warning restore CS0162
        }
    }

    public class Kwic
    {
        [Fact]
        public void Given_a_theme_When_its_hits_are_shown_in_context_Then_each_line_names_theme_and_pattern()
        {
            var lexicon = Lexicon.Parse("health:\n  vaccines: [vaccin*]\ntrade: [trade]");
            var themed = TestTexts.Article("China will provide vaccines to its neighbours.\nTrade grows.").Tokenize().Lookup(lexicon);

            var lines = themed.Kwic("health", window: 2).ToList();

            var line = Assert.Single(lines);
            Assert.Equal(("will provide", "vaccines", "to its", "health.vaccines: vaccin*"), (line.Left, line.Match, line.Right, line.Pattern));
            Assert.Equal(2, new[] { themed }.Kwic().Count());
        }
    }
}
