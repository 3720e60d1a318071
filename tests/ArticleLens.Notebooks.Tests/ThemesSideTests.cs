using ArticleLens.Interactive.Themes;
using ArticleLens.Text;
using ArticleLens.Themes;

namespace ArticleLens.Notebooks.Tests;

/// <summary>The notebook side of themes, tested without a kernel.</summary>
public class ThemesSideTests
{
    private static readonly string Seed = Path.Combine(Repository.Root, "seeds", "000_7a87ff6ad9da1c75.txt");

    private static ThemedArticle SeedThemes() => ArticleLens.Corpus.Load(Seed).Single().Tokenize().Lookup(Lexicon.Default);

    public class Frames
    {
        [Theory]
        [InlineData(ThemeGrouping.Corpus, "theme,hits,sentences,articles,words,perThousandWords")]
        [InlineData(ThemeGrouping.Article, "article,theme,hits,sentences,articles,words,perThousandWords")]
        [InlineData(ThemeGrouping.Sentence, "article,sentence,theme,hits,sentences,articles,words,perThousandWords")]
        public void Given_a_theme_table_When_it_becomes_a_data_frame_Then_columns_follow_the_grouping(ThemeGrouping by, string columns)
        {
            var table = ThemeTable.Of([SeedThemes()], by);

            var frame = table.ToDataFrame();

            Assert.Equal(columns, string.Join(",", frame.Columns.Select(c => c.Name)));
            Assert.Equal(table.Count, frame.Rows.Count);
            Assert.Equal(table[0].Hits, frame["hits"][0]);
        }

        [Fact]
        public void Given_a_themed_article_When_its_hits_become_a_data_frame_Then_each_row_shows_the_matched_text()
        {
            var themed = SeedThemes();

            var frame = themed.ToDataFrame();

            Assert.Equal(themed.Hits.Count, frame.Rows.Count);
            var row = themed.Hits.ToList().FindIndex(h => h.Theme == "health");
            Assert.Equal(themed.TextOf(themed.Hits[row]), frame["match"][row]);
        }
    }

    public class Html
    {
        [Fact]
        public void Given_text_with_markup_When_highlighted_Then_it_is_escaped_and_hits_are_marked_with_theme_and_pattern()
        {
            var article = ArticleLens.Corpus.FromText("Article Number: 7\nTitle\nA <b>vaccine</b> & more.\n").Single();
            var themed = article.Tokenize().Lookup(Lexicon.Parse("health: [vaccin*]"));

            var html = ThemeHtml.Highlighted(themed);

            Assert.DoesNotContain("<b>", html);
            Assert.Contains("A &lt;b&gt;<mark title=\"health: vaccin*\"", html);
            Assert.Contains(">vaccine</mark>&lt;/b&gt; &amp; more.", html);
        }

        [Fact]
        public void Given_one_span_in_two_themes_When_highlighted_Then_it_is_marked_once_naming_both()
        {
            var article = ArticleLens.Corpus.FromText("Article Number: 7\nTitle\nHealth first.\n").Single();
            var themed = article.Tokenize().Lookup(Lexicon.Parse("a: [health]\nb: [heal*]"));

            var html = ThemeHtml.Highlighted(themed);

            Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<mark"));
            Assert.Contains("title=\"a: health; b: heal*\"", html);
        }

        [Fact]
        public void Given_the_default_lexicon_When_shown_as_a_table_Then_every_theme_has_a_row_with_its_scope()
        {
            var html = ThemeHtml.LexiconTable(Lexicon.Default);

            Assert.Equal(Lexicon.Default.Count, System.Text.RegularExpressions.Regex.Matches(html, "<tr><td>").Count);
            Assert.Contains("(CAP 3 Health)", html);
        }
    }
}
