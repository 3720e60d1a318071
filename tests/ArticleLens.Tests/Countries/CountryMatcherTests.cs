using ArticleLens.Countries;

namespace ArticleLens.Tests.Countries;

public class CountryMatcherTests
{
    public class Kinds
    {
        [Theory]
        [InlineData("Kazakhstan signed.", "KAZ Name Kazakhstan")]
        [InlineData("The Kyrgyz Republic signed.", "KGZ OfficialName Kyrgyz Republic")]
        [InlineData("The PRC signed.", "CHN Alias PRC")]
        [InlineData("The U.S. signed.", "USA Alias U.S.")]
        [InlineData("The UK signed.", "GBR Alias UK")]
        [InlineData("Turkey signed.", "TUR Alias Turkey")]
        [InlineData("Türkiye signed.", "TUR Name Türkiye")]
        [InlineData("Turkiye signed.", "TUR Name Turkiye")]
        [InlineData("Chinese tourists came.", "CHN Demonym Chinese")]
        [InlineData("Uzbeks voted.", "UZB Demonym Uzbeks")]
        [InlineData("Côte d’Ivoire signed.", "CIV Name Côte d’Ivoire")]
        [InlineData("Cote d'Ivoire signed.", "CIV Name Cote d'Ivoire")]
        [InlineData("St. Kitts and Nevis signed.", "KNA Name St. Kitts and Nevis")]
        [InlineData("Trinidad & Tobago signed.", "TTO Name Trinidad & Tobago")]
        public void Given_a_form_When_matched_Then_its_country_and_kind_are_recorded(string text, string expected) =>
            Assert.Equal([expected], CountryText.Found(text));

        [Fact]
        public void Given_a_capital_When_capitals_are_not_asked_for_Then_it_is_not_a_mention() =>
            Assert.Empty(CountryText.Found("The summit was held in Beijing and Mexico City."));

        [Fact]
        public void Given_a_capital_When_capitals_are_asked_for_Then_it_counts_for_its_country() =>
            Assert.Equal(["CHN Capital Beijing", "MEX Capital Mexico City"], CountryText.Found("The summit was held in Beijing and Mexico City.", capitals: true));

        [Fact]
        public void Given_a_possessive_When_matched_Then_the_span_is_the_name_without_s()
        {
            var mention = Assert.Single(CountryText.Mentions("China's relations grew."));
            Assert.Equal("China", mention.Text);
            Assert.Equal(mention.Article.Text[mention.Start..mention.End], mention.Text);
            Assert.Equal(1, mention.Sentence);
        }

        [Fact]
        public void Given_hyphenated_names_When_matched_Then_each_part_is_a_mention() =>
            Assert.Equal(["CHN", "KGZ", "UZB"], CountryText.Codes("The China-Kyrgyzstan-Uzbekistan railway."));
    }

    public class LongestMatch
    {
        [Theory]
        [InlineData("The People's Republic of China signed.", "CHN")]
        [InlineData("The People’s Republic of China signed.", "CHN")]
        [InlineData("The Peoples Republic of China signed.", "CHN")]
        [InlineData("The Republic of China signed.", "TWN")]
        [InlineData("The Democratic People's Republic of Korea signed.", "PRK")]
        [InlineData("The Republic of Korea signed.", "KOR")]
        [InlineData("The Democratic Republic of the Congo signed.", "COD")]
        [InlineData("The Republic of the Congo signed.", "COG")]
        [InlineData("South Sudan signed.", "SSD")]
        [InlineData("Papua New Guinea signed.", "PNG")]
        [InlineData("Equatorial Guinea signed.", "GNQ")]
        [InlineData("Guinea-Bissau signed.", "GNB")]
        [InlineData("Nigeria signed.", "NGA")]
        [InlineData("Niger signed.", "NER")]
        [InlineData("The Dominican Republic signed.", "DOM")]
        [InlineData("Dominica signed.", "DMA")]
        [InlineData("The U.S. Virgin Islands signed.", "VIR")]
        [InlineData("American Samoa signed.", "ASM")]
        [InlineData("The British Virgin Islands signed.", "VGB")]
        [InlineData("French Guiana signed.", "GUF")]
        [InlineData("Chinese Taipei signed.", "TWN")]
        [InlineData("The United Kingdom of Great Britain and Northern Ireland signed.", "GBR")]
        public void Given_overlapping_forms_When_matched_Then_the_longest_names_one_country(string text, string code) =>
            Assert.Equal([code], CountryText.Codes(text));

        [Fact]
        public void Given_a_hard_wrapped_line_taken_for_a_sentence_When_matched_Then_the_official_name_still_wins() =>
            Assert.Equal(["CHN OfficialName People's\nRepublic of China"], CountryText.Found("Firms in the People's\nRepublic of China sold parts."));
    }

    public class NotMentions
    {
        [Theory]
        [InlineData("They sailed the South China Sea and the Indian Ocean.")]
        [InlineData("Peace on the Korean Peninsula and across the Taiwan Strait.")]
        [InlineData("Latin America and North America met in New Mexico.")]
        [InlineData("The Paris Agreement and the Vienna Convention.")]
        [InlineData("Deputy Attorney General Lisa Monaco spoke.")]
        public void Given_a_phrase_that_holds_a_country_form_When_matched_Then_no_country_is_named(string text) =>
            Assert.Empty(CountryText.Found(text, capitals: true));

        [Theory]
        [InlineData("A grant of 500 million U.S. dollars.")]
        [InlineData("A grant of 500 million US dollars.")]
        [InlineData("Loans of US$5 billion and HK$3 billion.")]
        [InlineData("Paid in Hong Kong dollars and New Taiwan dollars.")]
        [InlineData("Priced in Chinese yuan, Japanese yen, Swiss francs and Turkish lira.")]
        [InlineData("A U.S. dollar-denominated bond.")]
        [InlineData("The Kazakh tenge and the Kyrgyz som fell.")]
        public void Given_a_currency_expression_When_matched_Then_it_is_not_a_mention(string text) =>
            Assert.Empty(CountryText.Found(text));

        [Fact]
        public void Given_a_country_near_a_currency_When_matched_Then_only_the_currency_is_left_out() =>
            Assert.Equal(["USA Alias U.S.", "USA Alias U.S."], CountryText.Found("The U.S. gave 5 U.S. dollars and the U.S. Treasury agreed."));
    }

    public class SelfMentions
    {
        [Fact]
        public void Given_an_article_tagged_China_When_matched_Then_China_is_a_self_mention_and_others_are_not()
        {
            var mentions = CountryText.Mentions("China and Kazakhstan met.\nChinese and Kazakh leaders spoke.", tag: "China");

            Assert.Equal(["CHN", "KAZ", "CHN", "KAZ"], mentions.Select(m => m.Iso3));
            Assert.Equal([true, false, true, false], mentions.Select(m => m.IsSelfMention));
            Assert.All(mentions, m => Assert.Equal("CHN", m.Issuer?.Iso3));
        }

        [Fact]
        public void Given_an_article_without_tag_When_matched_Then_nothing_is_a_self_mention() =>
            Assert.All(CountryText.Mentions("China and Kazakhstan met."), m => Assert.False(m.IsSelfMention));

        [Theory]
        [InlineData("China", "CHN")]
        [InlineData("Kazakhstan", "KAZ")]
        [InlineData("U.S.", "USA")]
        [InlineData("Atlantis", null)]
        public void Given_a_country_tag_When_resolved_Then_it_names_the_issuing_country(string tag, string? code) =>
            Assert.Equal(code, new CountryMatcher().IssuerOf(CountryText.Article("Nothing here.", tag))?.Iso3);
    }

    public class Groups
    {
        [Theory]
        [InlineData("Central Asian countries agreed.", "central-asia Name Central Asian countries")]
        [InlineData("All five Central Asian countries agreed.", "central-asia Name five Central Asian countries")]
        [InlineData("Chinese and Central Asian people.", "CHN Demonym Chinese|central-asia Demonym Central Asian")]
        [InlineData("A China-Central Asia forum.", "CHN Name China|central-asia Name Central Asia")]
        [InlineData("ASEAN and the EU met.", "asean Name ASEAN|eu Alias EU")]
        [InlineData("The G7, the G-20 and the SCO met.", "g7 Name G7|g20 Name G-20|sco Name SCO")]
        [InlineData("The African Union and BRICS met.", "african-union Name African Union|brics Name BRICS")]
        public void Given_a_group_form_When_matched_Then_the_group_is_its_own_mention(string text, string expected) =>
            Assert.Equal(expected.Split('|'), CountryText.Found(text));

        [Fact]
        public void Given_a_group_mention_When_not_expanded_Then_no_member_is_mentioned() =>
            Assert.DoesNotContain(CountryText.Mentions("Central Asian countries agreed."), m => !m.IsGroup);

        [Fact]
        public void Given_a_group_mention_When_expanded_Then_each_member_follows_it_marked_with_the_group()
        {
            var expanded = CountryText.Mentions("Central Asian countries agreed.").ExpandGroups().ToList();

            Assert.Equal(["central-asia", "KAZ", "KGZ", "TJK", "TKM", "UZB"], expanded.Select(m => m.Iso3));
            Assert.All(expanded.Skip(1), m => Assert.Equal("central-asia", m.ViaGroup?.Code));
            Assert.All(expanded, m => Assert.Equal("Central Asian countries", m.Text));
        }
    }
}
