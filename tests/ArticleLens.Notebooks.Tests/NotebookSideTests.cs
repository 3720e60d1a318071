using ArticleLens.Interactive.Text;
using ArticleLens.Text;

namespace ArticleLens.Notebooks.Tests;

/// <summary>The notebook-side adapters, tested without a kernel.</summary>
public class NotebookSideTests
{
    private static readonly string Seed = Path.Combine(Repository.Root, "seeds", "000_7a87ff6ad9da1c75.txt");

    public class Card
    {
        [Fact]
        public void Given_an_article_with_markup_in_its_text_When_rendered_Then_everything_is_escaped()
        {
            var article = ArticleLens.Corpus.FromText("Article Number: 7\nChina: <script>alert(1)</script> & Co\nA <b>bold</b> claim.\n").Single();

            var html = TextHtml.Card(article);

            Assert.DoesNotContain("<script>", html);
            Assert.DoesNotContain("<b>", html);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", html);
            Assert.Contains("1 sentences", html);
        }
    }

    public class Frames
    {
        [Fact]
        public void Given_the_seed_When_tokens_become_a_data_frame_Then_one_row_per_token_with_exact_offsets()
        {
            var tokens = ArticleLens.Corpus.Load(Seed).Single().Tokenize();

            var frame = tokens.ToDataFrame();

            Assert.Equal(tokens.Tokens.Count, frame.Rows.Count);
            Assert.Equal(["sentence", "index", "text", "kind", "norm", "start", "end", "value"], frame.Columns.Select(c => c.Name));
            var row = tokens.Tokens.ToList().FindIndex(t => tokens.TextOf(t) == "1,200");
            Assert.Equal("1200", frame["norm"][row]);
            Assert.Equal(1200.0, frame["value"][row]);
        }

        [Fact]
        public void Given_a_frequency_table_When_it_becomes_a_data_frame_Then_rows_keep_their_order()
        {
            var tokens = ArticleLens.Corpus.Load(Seed).Single().Tokenize();
            var table = FrequencyTable.Of([tokens], FrequencyFilter.ContentWords);

            var frame = table.ToDataFrame();

            Assert.Equal(table.Count, frame.Rows.Count);
            Assert.Equal(table[0].Feature, frame["feature"][0]);
        }
    }
}
