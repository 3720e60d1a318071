using ArticleLens.Countries;
using ArticleLens.Interactive.Countries;

namespace ArticleLens.Notebooks.Tests;

/// <summary>The countries area's notebook adapters (frames, charts, HTML), tested without a kernel.</summary>
public class CountrySideTests
{
    private static readonly ArticleLens.Article Seed = ArticleLens.Corpus.Load(Path.Combine(Repository.Root, "seeds", "000_7a87ff6ad9da1c75.txt")).Single();
    private static readonly IReadOnlyList<CountryMention> Mentions = new CountryMatcher().Find(Seed);

    public class Frames
    {
        [Fact]
        public void Given_the_seed_s_mentions_When_framed_Then_one_row_per_mention_with_exact_spans()
        {
            var frame = Mentions.ToDataFrame();

            Assert.Equal(Mentions.Count, frame.Rows.Count);
            Assert.Equal(["article", "sentence", "iso3", "country", "kind", "text", "start", "end", "group", "self", "viaGroup"], frame.Columns.Select(c => c.Name));
            var start = (int)frame["start"][0]!;
            var end = (int)frame["end"][0]!;
            Assert.Equal(frame["text"][0], Seed.Text[start..end]);
        }

        [Fact]
        public void Given_a_table_When_framed_Then_rows_keep_their_order_and_counts()
        {
            var table = CountryTable.Of(Mentions);
            var frame = table.ToDataFrame();

            Assert.Equal(table.Count, frame.Rows.Count);
            Assert.Equal("CHN", frame["iso3"][0]);
            Assert.Equal(47, frame["mentions"][0]);
        }
    }

    public class Charts
    {
        [Fact]
        public void Given_a_table_When_mapped_Then_the_choropleth_uses_ISO3_codes_and_leaves_groups_out()
        {
            var json = Plotly.NET.GenericChart.toChartHTML(CountryCharts.WorldMap(CountryTable.Of(Mentions)));

            Assert.Contains("choropleth", json);
            Assert.Contains("ISO-3", json);
            Assert.Contains("\"KGZ\"", json);
            Assert.DoesNotContain("central-asia", json);
        }

        [Fact]
        public void Given_pairs_When_drawn_Then_the_heatmap_and_both_bar_charts_render()
        {
            var table = CountryTable.Of(Mentions);
            Assert.Contains("heatmap", Plotly.NET.GenericChart.toChartHTML(CountryCharts.CooccurrenceHeatmap(CountryCooccurrence.Of(Mentions))));
            Assert.Contains("Kyrgyzstan", Plotly.NET.GenericChart.toChartHTML(CountryCharts.MentionsBar(table)));
            Assert.Contains("Kyrgyzstan", CountryCharts.MentionsBarXPlot(table).GetPlottingJS());
        }

        [Fact]
        public void Given_theme_hits_When_crossed_with_countries_Then_the_heatmap_has_countries_against_themes()
        {
            var hits = new ArticleLens.Themes.ThemeMatcher(ArticleLens.Themes.Lexicon.Default).Match(Seed).Hits;
            var rows = CountryThemes.Of(Mentions.Where(m => !m.IsGroup), hits);

            var html = Plotly.NET.GenericChart.toChartHTML(CountryCharts.ByThemes(rows));

            Assert.Contains("heatmap", html);
            Assert.Contains("China", html);
            Assert.Equal(rows.Count, rows.ToDataFrame().Rows.Count);
        }
    }

    public class Html
    {
        [Fact]
        public void Given_an_entry_and_a_table_When_rendered_Then_forms_by_kind_appear_escaped()
        {
            var card = CountryHtml.Card(Gazetteer.Default.Country("CHN"));
            Assert.Contains("People&#39;s Republic of China", card);
            Assert.Contains("<i>Demonym</i>: Chinese", card);
            Assert.Contains("<td>47</td>", CountryHtml.Table(CountryTable.Of(Mentions)));
        }
    }
}
