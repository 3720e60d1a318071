using ArticleLens.Pledges;

namespace ArticleLens.Tests.Pledges;

public class PledgeAnalysisTests
{
    public class FindPledges
    {
        [Fact]
        public void Given_articles_When_pledges_are_streamed_Then_nothing_is_read_before_enumeration()
        {
            var touched = 0;
            var articles = Enumerable.Range(0, 3).Select(_ => { touched++; return Seeds.LoadSeed(); });

            var pledges = articles.FindPledges();

            Assert.Equal(0, touched);
            Assert.NotNull(pledges.First());
            Assert.Equal(1, touched);
        }

        [Fact]
        public void Given_null_When_called_Then_it_throws_at_once() =>
            Assert.Throws<ArgumentNullException>(() => ((IEnumerable<Article>)null!).FindPledges());
    }

    public class Table
    {
        [Fact]
        public void Given_a_table_When_filtered_Then_the_subtables_partition_it()
        {
            var table = PledgeTable.Of([Seeds.LoadSeed()]);

            Assert.Equal(table.Count, table.Commitments.Count + table.Exhortations.Count);
            Assert.All(table.Exhortations, p => Assert.Equal(PledgeModality.NeedTo, p.Modality));
            Assert.Equal(["we", "CHN", "all parties", "all countries", "they"], table.CountBy(p => p.Actor.Label).Select(c => c.Key));
            Assert.Equal(["Health", "People-to-people", "Education and training", "Money", "Education and training"],
                table.Quantified.Select(PledgeCategory.Of));
        }
    }

    public class PartyTable
    {
        [Theory]
        [InlineData("country\tXYZ\n", "names.tsv:1:")]
        [InlineData("# comment\nplanet\tMRS\tMars\tMars\n", "names.tsv:2: kind must be")]
        public void Given_a_malformed_line_When_read_Then_the_error_names_file_and_line(string text, string message)
        {
            var error = Assert.Throws<FormatException>(() => PartyNames.Read(new StringReader(text), "names.tsv"));

            Assert.StartsWith(message, error.Message);
        }

        [Fact]
        public void Given_a_custom_table_When_used_Then_its_names_resolve_actors()
        {
            var names = PartyNames.Read(new StringReader("country\tATL\tAtlantis\tAtlantis\tAtlantean\n"), "names.tsv");
            var article = Corpus.FromText("Article Number: 1\nT\nThe Atlantean government will build 12 harbours.\n").Single();

            var pledge = Assert.Single(article.FindPledges(names));

            Assert.Equal("ATL", pledge.Actor.Iso3);
            Assert.Equal(12.0, pledge.Quantity!.Value);
        }

        [Fact]
        public void Given_the_default_table_Then_every_country_of_the_gazetteer_is_a_party_and_the_built_in_names_come_first()
        {
            var codes = PartyNames.Default.Names.Select(n => n.Party.Iso3).ToHashSet();

            Assert.All(ArticleLens.Countries.Gazetteer.Default.Countries, c => Assert.Contains(c.Code, codes));
            Assert.Equal(PartyNames.Minimal.Names.Select(n => n.Pattern.Text), PartyNames.Default.Names.Take(PartyNames.Minimal.Names.Count()).Select(n => n.Pattern.Text));
        }

        [Theory]
        [InlineData("Zambia will provide 500 tons of maize to Malawi.", "ZMB", "MWI")]
        [InlineData("The Afghan government will send 100 doctors to Bhutan.", "AFG", "BTN")]
        [InlineData("Côte d'Ivoire will send 200 teachers to Burkina Faso.", "CIV", "BFA")]
        public void Given_countries_beyond_the_built_in_table_When_detected_Then_actor_and_recipient_resolve(string sentence, string actor, string recipient)
        {
            var pledge = PledgeText.Find(sentence)[0];

            Assert.Equal((actor, recipient), (pledge.Actor.Iso3, pledge.Recipient?.Party?.Iso3));
        }

        [Theory]
        [InlineData("New Mexico will invest 10 million dollars in solar power.")]
        [InlineData("The Gulf of Guinea will see more patrols.")]
        [InlineData("China Daily will publish 10 reports on the summit.")]
        public void Given_a_place_named_like_a_country_When_detected_Then_it_is_no_actor(string sentence) =>
            Assert.Empty(PledgeText.Find(sentence));
    }
}
