using ArticleLens.Interactive.Pledges;
using ArticleLens.Pledges;

namespace ArticleLens.Notebooks.Tests;

/// <summary>The pledge adapters of the notebook side, tested without a kernel.</summary>
public class PledgeSideTests
{
    private static readonly string Seed = Path.Combine(Repository.Root, "seeds", "000_7a87ff6ad9da1c75.txt");

    public class Html
    {
        [Fact]
        public void Given_a_pledge_with_markup_around_it_When_rendered_Then_text_is_escaped_and_only_its_words_are_marked()
        {
            var article = ArticleLens.Corpus.FromText("Article Number: 1\nT\n<b>Note</b>: China will provide 5,000 <i>training</i> places & more.\n").Single();
            var pledge = Assert.Single(article.FindPledges());

            var html = PledgeHtml.Table([pledge]);

            Assert.DoesNotContain("<b>", html);
            Assert.DoesNotContain("<i>", html);
            Assert.Contains("&lt;b&gt;Note&lt;/b&gt;: <mark>China will provide 5,000 &lt;i&gt;training&lt;/i&gt; places &amp; more</mark>.", html);
        }

        [Fact]
        public void Given_money_When_formatted_Then_currency_amount_purpose_and_millions_are_shown()
        {
            var table = PledgeTable.Of(ArticleLens.Corpus.Load(Seed));
            var grant = table.Money.Single();

            Assert.Equal("USD 500,000,000 (grant assistance) ≈ $500 million", PledgeHtml.HowMuch(grant));
            Assert.Equal("1,200 government scholarships", PledgeHtml.HowMuch(table.Quantified.Single(p => p.Sentence == 41)));
            Assert.Contains("<caption", PledgeHtml.Table(table, table.ToString()));
        }
    }

    public class Frames
    {
        [Fact]
        public void Given_the_seed_When_pledges_become_a_data_frame_Then_one_row_per_pledge_with_numbers_as_numbers()
        {
            var table = PledgeTable.Of(ArticleLens.Corpus.Load(Seed));

            var frame = table.ToDataFrame();

            Assert.Equal(table.Count, frame.Rows.Count);
            var quantities = frame["quantity"].Cast<double?>().Where(q => q is not null);
            Assert.Equal([50e6, 100, 1200, 500e6, 5000], quantities.Cast<double>());
            Assert.Equal("KAZ KGZ TJK TKM UZB", frame["recipientCodes"][table.ToList().FindIndex(p => p.Sentence == 41)]);
        }
    }

    public class Charts
    {
        [Fact]
        public void Given_the_dated_seed_When_charted_Then_categories_and_the_timeline_are_drawn()
        {
            var article = ArticleLens.Corpus.Load(Seed).Single() with { Date = new DateOnly(2022, 1, 25) };
            var table = PledgeTable.Of([article]);

            var categories = Plotly.NET.GenericChart.toChartHTML(PledgeCharts.ByCategory(table.Quantified));
            var timeline = Plotly.NET.GenericChart.toChartHTML(PledgeCharts.Timeline(table.Quantified));

            Assert.Contains("Education and training", categories);
            Assert.Contains("5 of 5 timed pledges have calendar years", timeline);
            Assert.Contains("2032", timeline);
        }
    }
}
