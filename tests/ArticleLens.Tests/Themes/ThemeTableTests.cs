using ArticleLens.Themes;

namespace ArticleLens.Tests.Themes;

public class ThemeTableTests
{
    // Article 1: 4 + 2 + 3 words; article 2: 3 words. health: 2 + 1 hits, trade: 1 + 1 hits.
    private static readonly Lexicon Lexicon = Lexicon.Parse("health: [vaccin*, pandemic*]\ntrade: [trade]\nenergy: [oil]");

    private static List<ThemedArticle> Themed() =>
        TestTexts.Articles(["Vaccines and pandemic supplies.", "Trade grows.", "No theme here."], ["Trade and vaccines."])
            .Lookup(Lexicon).ToList();

    private static string Rows(IEnumerable<ThemeRow> rows) =>
        string.Join(" ", rows.Select(r => $"{r.Article}/{r.Sentence}:{r.Theme}={r.Hits},{r.Sentences},{r.Articles},{r.Words}"));

    public class Of
    {
        [Fact]
        public void Given_two_articles_When_counted_by_corpus_Then_hits_sentences_articles_and_rates_are_exact()
        {
            var table = ThemeTable.Of(Themed());

            Assert.Equal("/:health=3,2,2,12 /:trade=2,2,2,12", Rows(table));
            Assert.Equal(250.0, table[0].PerThousandWords, 9);
            Assert.Equal(2000.0 / 12, table[1].PerThousandWords, 9);
            Assert.Equal((2, 4, 3, 12L, 5), (table.Articles, table.Total.Sentences, table.Total.CodedSentences, table.Total.Words, table.Total.Hits));
            Assert.Equal(0.75, table.Coverage, 9);
            Assert.Equal("Themes by corpus: 2 articles, 2 themes, 5 hits, 75% of 4 sentences coded", table.ToString());
        }

        [Fact]
        public void Given_two_articles_When_counted_by_article_Then_each_article_has_its_rows_and_coverage()
        {
            var table = ThemeTable.Of(Themed(), ThemeGrouping.Article);

            Assert.Equal("1/:health=2,1,1,9 1/:trade=1,1,1,9 2/:health=1,1,1,3 2/:trade=1,1,1,3", Rows(table));
            Assert.Equal([2.0 / 3, 1.0], table.Coverages.Select(c => c.Coverage));
            Assert.Equal(["1", "2"], table.Coverages.Select(c => c.Article));
        }

        [Fact]
        public void Given_two_articles_When_counted_by_sentence_Then_each_coded_sentence_has_its_rows()
        {
            var table = ThemeTable.Of(Themed(), ThemeGrouping.Sentence);

            Assert.Equal("1/1:health=2,1,1,4 1/2:trade=1,1,1,2 2/1:health=1,1,1,3 2/1:trade=1,1,1,3", Rows(table));
            Assert.Equal(4, table.Coverages.Count);
            Assert.Equal([1, 1, 0, 1], table.Coverages.Select(c => c.CodedSentences));
            Assert.Equal(500.0, table[0].PerThousandWords, 9);
        }

        [Fact]
        public void Given_rows_of_each_article_When_streamed_Then_they_equal_the_table()
        {
            foreach (var by in new[] { ThemeGrouping.Article, ThemeGrouping.Sentence })
                Assert.Equal(Rows(ThemeTable.Of(Themed(), by)), Rows(Themed().SelectMany(a => ThemeTable.RowsOf(a, by))));
            Assert.Throws<ArgumentOutOfRangeException>(() => ThemeTable.RowsOf(Themed()[0], ThemeGrouping.Corpus));
        }

        [Theory]
        [InlineData(ThemeGrouping.Article, 1)]
        [InlineData(ThemeGrouping.Sentence, 1)]
        [InlineData(ThemeGrouping.Sentence, 3)]
        public void Given_articles_When_rows_are_streamed_on_threads_Then_they_equal_the_table(ThemeGrouping by, int threads)
        {
            var articles = TestTexts.Articles(["Vaccines and pandemic supplies.", "Trade grows.", "No theme here."], ["Trade and vaccines."]);

            var streamed = ThemeTable.RowsOf(articles, Lexicon, by, threads);

            Assert.Equal(Rows(ThemeTable.Of(Themed(), by)), Rows(streamed));
            Assert.Throws<ArgumentOutOfRangeException>(() => ThemeTable.RowsOf(articles, Lexicon, ThemeGrouping.Corpus));
        }

        [Fact]
        public void Given_articles_and_a_lexicon_When_counted_Then_they_are_looked_up_first()
        {
            var articles = TestTexts.Articles(["Trade grows."]);

            Assert.Equal("/:trade=1,1,1,2", Rows(ThemeTable.Of(articles, Lexicon)));
        }

        [Fact]
        public void Given_no_articles_When_counted_Then_the_table_is_empty()
        {
            var table = ThemeTable.Of([]);

            Assert.Empty(table);
            Assert.Equal(0, table.Coverage);
            Assert.Equal(0, table.Themes);
        }

        [Fact]
        public void Given_a_group_without_words_Then_its_rate_is_zero()
        {
            Assert.Equal(0, new ThemeRow("t", 0, 0, 0, 0).PerThousandWords);
        }
    }

    public class Dispersion
    {
        [Fact]
        public void Given_hits_crowded_into_one_of_four_equal_sentences_Then_DP_is_three_quarters()
        {
            var themed = TestTexts.Article("trade trade.\nno no.\nno no.\nno no.").Tokenize().Lookup(Lexicon);

            var dispersion = Assert.Single(themed.Dispersion());

            Assert.Equal(("trade", 2, 4, 1), (dispersion.Theme, dispersion.Hits, dispersion.Parts, dispersion.PartsWithHits));
            Assert.Equal(0.75, dispersion.DP, 6);
            Assert.Equal([0.0, 1.0 / 12], dispersion.Positions);
        }

        [Fact]
        public void Given_one_hit_in_each_equal_sentence_Then_DP_is_zero()
        {
            var themed = TestTexts.Article("trade no.\nno trade.\ntrade no.").Tokenize().Lookup(Lexicon);

            Assert.Equal(0, Assert.Single(themed.Dispersion()).DP, 6);
        }

        [Fact]
        public void Given_a_corpus_When_dispersion_is_measured_across_articles_Then_articles_are_the_parts()
        {
            var across = ThemeDispersion.Across(Themed());

            Assert.Equal(["health", "trade"], across.Select(d => d.Theme));
            var health = across[0];
            Assert.Equal((3, 2, 2), (health.Hits, health.Parts, health.PartsWithHits));
            // Words 9 and 3 (shares .75, .25) against hits 2 and 1 (shares 2/3, 1/3).
            Assert.Equal(0.083333, health.DP, 6);
            Assert.All(health.Positions, p => Assert.InRange(p, 0, 1));
        }
    }
}
