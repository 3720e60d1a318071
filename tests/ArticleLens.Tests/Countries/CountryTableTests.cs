using ArticleLens.Countries;

namespace ArticleLens.Tests.Countries;

public class CountryTableTests
{
    private const string TwoArticles = """
        Article Number: 1
        China: First
        China and Kazakhstan signed a plan.
        Chinese and Kazakh firms and ASEAN agreed.
        Article Number: 2
        Second
        Kazakhstan spoke in Astana.
        """;

    private static Corpus Corpus() => ArticleLens.Corpus.FromText(TwoArticles, "two.txt");

    public class ByCorpus
    {
        [Fact]
        public void Given_two_articles_When_counted_by_corpus_Then_rows_add_mentions_and_count_articles()
        {
            var table = CountryTable.Of(Corpus(), new CountryMatcher());

            Assert.Equal(["KAZ 3 2", "CHN 2 1", "asean 1 1"], table.Select(r => $"{r.Iso3} {r.Mentions} {r.Articles}"));
            Assert.Equal(2, table.ArticleCount);
            Assert.Equal("2 articles, 2 countries, 1 group, 6 mentions (by corpus)", table.ToString());
        }

        [Fact]
        public void Given_rows_When_broken_down_by_kind_Then_kinds_add_up_to_mentions()
        {
            var table = CountryTable.Of(Corpus(), new CountryMatcher(options: CountryOptions.WithCapitals));
            var kazakhstan = table.Single(r => r.Iso3 == "KAZ");

            Assert.Equal((4, 2, 1, 1), (kazakhstan.Mentions, kazakhstan.Names, kazakhstan.Demonyms, kazakhstan.Capitals));
            Assert.All(table, r => Assert.Equal(r.Mentions, Enum.GetValues<MentionKind>().Sum(r.Count) + r.ViaGroups));
        }

        [Fact]
        public void Given_mentions_When_counted_Then_the_same_table_comes_from_mentions_or_articles()
        {
            var fromMentions = CountryTable.Of(Corpus().Countries());
            var fromArticles = CountryTable.Of(Corpus(), new CountryMatcher());
            Assert.Equal(fromArticles, fromMentions);
        }

        [Fact]
        public void Given_a_table_When_split_Then_countries_and_groups_are_apart()
        {
            var table = CountryTable.Of(Corpus().Countries());
            Assert.Equal(["KAZ", "CHN"], table.Countries.Select(r => r.Iso3));
            Assert.Equal(["asean"], table.Groups.Select(r => r.Iso3));
        }
    }

    public class ByArticle
    {
        [Fact]
        public void Given_two_articles_When_counted_by_article_Then_each_article_has_its_rows()
        {
            var table = CountryTable.Of(Corpus(), new CountryMatcher(), CountryTableBy.Article);

            Assert.Equal(["1 CHN 2", "1 KAZ 2", "1 asean 1", "2 KAZ 1"], table.Select(r => $"{r.Article} {r.Iso3} {r.Mentions}"));
            Assert.All(table, r => Assert.Equal(1, r.Articles));
            Assert.Equal(table.ToList(), CountryTable.Of(Corpus().Countries(), CountryTableBy.Article).ToList());
        }
    }

    public class Streaming
    {
        [Fact]
        public void Given_articles_When_mentions_are_asked_for_Then_nothing_is_read_until_enumerated()
        {
            var reads = 0;
            var articles = Corpus().Select(a => { reads++; return a; });
            var mentions = articles.Countries();
            Assert.Equal(0, reads);
            Assert.Equal("CHN", mentions.First().Iso3);
            Assert.Equal(1, reads);
        }

        [Fact]
        public void Given_null_When_asked_Then_the_error_is_eager() =>
            Assert.Throws<ArgumentNullException>(() => ((IEnumerable<Article>)null!).Countries());
    }
}
