using ArticleLens.Countries;

namespace ArticleLens.Tests.Countries;

/// <summary>
/// The acceptance counts on the seed, read by hand from its 63 body sentences (title and source line are not sentences):
/// "China" 42 times (China's, China-Central Asia, China-Kyrgyzstan-Uzbekistan included), "Chinese" 5 times, each Central Asian
/// state once by its adjective (Kazakh, Kyrgyz, Tajik, Turkmen and Uzbek President) and Kyrgyzstan and Uzbekistan once more by
/// name in the railway; "Central Asia" 10 and "Central Asian" 27 times; "Beijing" 4 times (a venue); "500 million U.S. dollars"
/// is money; no other country.
/// </summary>
public class SeedCountryTests
{
    private static readonly Article Seed = Seeds.LoadSeed();

    [Fact]
    public void Given_the_seed_When_counted_with_capitals_off_Then_the_counts_are_a_careful_reader_s()
    {
        var table = CountryTable.Of(new CountryMatcher().Find(Seed));

        Assert.Equal(
            ["CHN 47 42+0+0+5+0", "central-asia 37 36+0+0+1+0", "KGZ 2 1+0+0+1+0", "UZB 2 1+0+0+1+0", "KAZ 1 0+0+0+1+0", "TJK 1 0+0+0+1+0", "TKM 1 0+0+0+1+0"],
            table.Select(r => $"{r.Iso3} {r.Mentions} {r.Names}+{r.OfficialNames}+{r.Aliases}+{r.Demonyms}+{r.Capitals}"));
        Assert.Equal(["central-asia"], table.Groups.Select(r => r.Iso3));
        Assert.All(table, r => Assert.Equal(1, r.Articles));
    }

    [Fact]
    public void Given_the_seed_When_counted_with_capitals_Then_Beijing_adds_four_to_China()
    {
        var china = CountryTable.Of(new CountryMatcher(options: CountryOptions.WithCapitals).Find(Seed)).Single(r => r.Iso3 == "CHN");
        Assert.Equal((51, 4), (china.Mentions, china.Capitals));
    }

    [Fact]
    public void Given_the_seed_tagged_China_When_counted_Then_every_China_mention_is_a_self_mention()
    {
        var table = CountryTable.Of(new CountryMatcher().Find(Seed));
        Assert.Equal([("CHN", 47)], table.Where(r => r.SelfMentions > 0).Select(r => (r.Iso3, r.SelfMentions)));
    }

    [Fact]
    public void Given_the_seed_When_matched_Then_the_dollars_and_the_source_line_name_no_country()
    {
        var codes = new CountryMatcher(options: CountryOptions.WithCapitals).Find(Seed).Select(m => m.Iso3).ToHashSet();
        Assert.DoesNotContain("USA", codes);
        Assert.DoesNotContain("TWN", codes);
    }

    [Fact]
    public void Given_the_seed_When_grouped_members_are_expanded_on_request_Then_each_member_gains_the_37_group_mentions()
    {
        var expanded = CountryTable.Of(new CountryMatcher().Find(Seed).ExpandGroups());
        var kazakhstan = expanded.Single(r => r.Iso3 == "KAZ");
        Assert.Equal((38, 37, 1), (kazakhstan.Mentions, kazakhstan.ViaGroups, kazakhstan.Demonyms));
        Assert.Equal(47, expanded.Single(r => r.Iso3 == "CHN").Mentions);
    }
}
