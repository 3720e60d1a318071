using ArticleLens.Pledges;

namespace ArticleLens.Tests.Pledges;

public class SeedPledgeTests
{
    private static readonly PledgeTable Table = PledgeTable.Of([Seeds.LoadSeed()]);

    public class Quantified
    {
        [Fact]
        public void Given_the_seed_When_pledges_are_found_Then_exactly_the_five_quantified_pledges_are_read_right()
        {
            var rows = Table.Quantified.Select(p => (p.Sentence, p.Quantity!.Value, p.Unit, p.Currency, p.AmountUsd,
                p.Timeframe?.FromYear, p.Timeframe?.ToYear, p.Timeframe?.MinYears, p.Timeframe?.MaxYears));

            Assert.Equal(
            [
                (35, 50e6, "doses of vaccine", null, null, 2022, 2022, null, null),
                (40, 100.0, "pairs", null, null, null, null, 5.0, 10.0),
                (41, 1200.0, "government scholarships", null, null, null, null, 5.0, 5.0),
                (45, 500e6, "grant assistance", "USD", 500e6, null, null, 3.0, 3.0),
                (45, 5000.0, "seminar and workshop opportunities", null, null, null, null, 3.0, 3.0),
            ], rows);
        }

        [Fact]
        public void Given_the_seed_When_pledges_are_found_Then_the_quantified_ones_are_china_s_to_central_asia()
        {
            Assert.All(Table.Quantified, p => Assert.Equal("CHN", p.Actor.Iso3));
            Assert.Equal(["Central Asia", null, "Central Asia", "Central Asia", "Central Asia"], Table.Quantified.Select(p => p.Recipient?.Party?.Name));
        }
    }

    public class Unquantified
    {
        [Theory]
        [InlineData(30, "speed up", "railway project")]
        [InlineData(29, "establish", "\"fast tracks\"")]
        [InlineData(40, "hold", "people-to-people friendship forum")]
        [InlineData(36, "call for", "health industry alliance")]
        [InlineData(26, "open", "vast market")]
        public void Given_the_seed_When_pledges_are_found_Then_unquantified_commitments_are_rows(int sentence, string action, string words) =>
            Assert.Contains(Table.Commitments, p => p.Sentence == sentence && p.Action == action && p.Text.Contains(words) && p.Quantity is null);

        [Theory]
        [InlineData(60)] // They believe that China will overcome ...
        [InlineData(61)] // They wish ...
        [InlineData(5)]  // 30 years ago, China took the lead ...
        [InlineData(6)]  // Over the past 30 years, we have ...
        [InlineData(44)] // Not long ago, I proposed ... and called for ...
        [InlineData(52)] // ... thanked China for proposing ...
        public void Given_the_seed_When_pledges_are_found_Then_beliefs_past_actions_and_thanks_are_not_rows(int sentence) =>
            Assert.DoesNotContain(Table, p => p.Sentence == sentence);

        [Fact]
        public void Given_the_seed_When_described_Then_the_table_says_what_it_holds() =>
            Assert.Equal("1 article, 70 pledges: 51 commitments, 19 exhortations; 5 quantified, 1 in money", Table.ToString());
    }
}
