using System.Globalization;
using ArticleLens.Countries;

namespace ArticleLens.Tests.Countries;

public class GazetteerTests
{
    private static readonly Gazetteer Default = Gazetteer.Default;

    public class TheDefaultData
    {
        [Fact]
        public void Given_the_data_file_When_read_Then_it_has_every_ISO_3166_country_once_and_Kosovo()
        {
            Assert.Equal(250, Default.Countries.Count);
            Assert.Equal(Default.Countries.Count, Default.Countries.Select(c => c.Iso3).Distinct().Count());
            Assert.Equal(Default.Countries.Count, Default.Countries.Select(c => c.Iso2).Distinct().Count());
            Assert.Equal("XKX", Default.Country("XK").Iso3);
        }

        [Fact]
        public void Given_RegionInfo_When_compared_Then_the_ISO_codes_agree_and_none_is_missing()
        {
            var checkedCodes = 0;
            for (var a = 'A'; a <= 'Z'; a++)
            for (var b = 'A'; b <= 'Z'; b++)
            {
                var code = $"{a}{b}";
                RegionInfo region;
                try { region = new RegionInfo(code); } catch (ArgumentException) { continue; }
                if (region.TwoLetterISORegionName != code || code is "XK" or "CS" or "IV" || region.ThreeLetterISORegionName.Any(char.IsLower)) continue;
                Assert.Equal(region.ThreeLetterISORegionName, Default.Country(code).Iso3);
                checkedCodes++;
            }
            Assert.True(checkedCodes >= 240, $"only {checkedCodes} codes were checked against RegionInfo");
        }

        [Theory]
        [InlineData("CHN", MentionKind.Name, "China")]
        [InlineData("CHN", MentionKind.OfficialName, "People's Republic of China")]
        [InlineData("CHN", MentionKind.Alias, "PRC")]
        [InlineData("CHN", MentionKind.Demonym, "Chinese")]
        [InlineData("CHN", MentionKind.Capital, "Beijing")]
        [InlineData("USA", MentionKind.Alias, "U.S.")]
        [InlineData("USA", MentionKind.Alias, "US")]
        [InlineData("GBR", MentionKind.Alias, "UK")]
        [InlineData("TUR", MentionKind.Name, "Türkiye")]
        [InlineData("TUR", MentionKind.Alias, "Turkey")]
        [InlineData("KAZ", MentionKind.Demonym, "Kazakh")]
        [InlineData("KGZ", MentionKind.Demonym, "Kyrgyz")]
        [InlineData("TJK", MentionKind.Demonym, "Tajik")]
        [InlineData("TKM", MentionKind.Demonym, "Turkmen")]
        [InlineData("UZB", MentionKind.Demonym, "Uzbek")]
        [InlineData("TKM", MentionKind.Capital, "Ashgabat")]
        [InlineData("TWN", MentionKind.OfficialName, "Republic of China")]
        public void Given_a_form_the_issue_names_When_looked_up_Then_the_entry_has_it(string code, MentionKind kind, string form) =>
            Assert.Contains(form, Default.Find(code)!.FormsOf(kind));

        [Fact]
        public void Given_the_groups_When_read_Then_Central_Asia_has_the_five_and_members_are_countries()
        {
            Assert.Equal(["KAZ", "KGZ", "TJK", "TKM", "UZB"], ((CountryGroup)Default.Find("central-asia")!).Members);
            Assert.All(Default.Groups, g => Assert.All(g.Members, m => Assert.IsType<Country>(Default.Find(m))));
            Assert.All(Default.Groups, g => Assert.DoesNotMatch("^[A-Z]{3}$", g.Code));
            Assert.Equal(27, ((CountryGroup)Default.Find("eu")!).Members.Count);
        }

        [Fact]
        public void Given_every_pattern_and_variant_When_compared_Then_no_two_entries_share_one()
        {
            var owners = GazetteerTarget.PatternsOf(Default)
                .Where(p => p.Target.Entry is not null)
                .GroupBy(p => string.Join(' ', p.Pattern.Terms.Select(t => t.CaseSensitive ? t.Form : t.Form.ToLowerInvariant())))
                .Where(g => g.Select(p => p.Target.Entry).Distinct().Count() > 1)
                .Select(g => g.Key);
            Assert.Empty(owners);
        }

        [Fact]
        public void Given_forms_with_diacritics_When_varied_Then_each_has_a_plain_spelling_without_ICU()
        {
            var accented = Default.Entries.SelectMany(e => e.Forms).Select(f => f.Form).Where(f => f.Any(c => c > 127 && char.IsLetter(c) && c != 'ʻ'));
            Assert.All(accented, form => Assert.Contains(GazetteerForms.Variants(form), v => v.All(c => c < 128 || !char.IsLetter(c) || c == 'ʻ')));
        }

        [Fact]
        public void Given_the_gazetteer_When_described_Then_one_line_says_what_it_holds() =>
            Assert.Matches(@"^Gazetteer of 250 countries and \d+ groups \([\d,]+ forms\) from countries\.txt$", Default.ToString());
    }

    public class Parse
    {
        private const string Valid = """
            # a comment
            [countries]
            KAZ KZ | Kazakhstan | demonyms: Kazakh; Kazakhs | capitals: Astana
            KGZ KG | Kyrgyzstan | official: Kyrgyz Republic | demonyms: Kyrgyz

            [groups]
            pair | The Pair | aliases: P2 | members: KAZ KGZ
            [case-sensitive]
            Kazakh
            [not-mentions]
            Kyrgyz Range; Kazakh Steppe
            """;

        [Fact]
        public void Given_a_small_valid_file_When_parsed_Then_entries_forms_and_lists_are_read()
        {
            var gazetteer = Gazetteer.Parse(Valid, "small.txt");

            Assert.Equal(["KAZ", "KGZ"], gazetteer.Countries.Select(c => c.Iso3));
            Assert.Equal([("Kazakhstan", MentionKind.Name), ("Kazakh", MentionKind.Demonym), ("Kazakhs", MentionKind.Demonym), ("Astana", MentionKind.Capital)],
                gazetteer.Country("KZ").Forms);
            Assert.Equal(["KAZ", "KGZ"], Assert.IsType<CountryGroup>(gazetteer.Find("pair")).Members);
            Assert.Equal(["Kazakh"], gazetteer.CaseSensitive);
            Assert.Equal(["Kyrgyz Range", "Kazakh Steppe"], gazetteer.NotMentions);
        }

        [Theory]
        [InlineData("[countries]\nKAZ KZ | Kazakhstan | capital: Astana\n", "x.txt:2: KAZ KZ: unknown field 'capital'")]
        [InlineData("[countries]\nKaz KZ | Kazakhstan\n", "x.txt:2: 'Kaz KZ' is not 'ISO3 ISO2'")]
        [InlineData("[countries]\nKAZ KZZ | Kazakhstan\n", "x.txt:2: KAZ: 'KZZ' is not an ISO 3166-1 alpha-2 code")]
        [InlineData("[countries]\nKAZ KZ\n", "x.txt:2: expected 'code | display name")]
        [InlineData("[countries]\nKAZ KZ | Kazakhstan\nKAZ KG | Kyrgyzstan\n", "x.txt:3: KAZ KG: the code is also KAZ KZ (line 2)")]
        [InlineData("[countries]\nKAZ KZ | Kazakhstan | demonyms: Kazakh\nKGZ KG | Kyrgyzstan | demonyms: kazakh\n",
            "x.txt:3: KGZ: 'kazakh' already names KAZ (line 2)")]
        [InlineData("[countries]\nKAZ KZ | Kazakhstan | demonyms: Kazak*\n", "x.txt:2: 'Kazak*' is not literal text")]
        [InlineData("[countries]\nKAZ KZ | Kazakhstan\n[groups]\none | One | members: KGZ\n", "x.txt:4: one: member 'KGZ' is not a country")]
        [InlineData("[countries]\nKAZ KZ | Kazakhstan\n[groups]\nOne | One | members: KAZ\n", "x.txt:4: 'One' is not a group id")]
        [InlineData("[countries]\nKAZ KZ | Kazakhstan\n[groups]\none | One\n", "x.txt:4: one: no members")]
        [InlineData("[case-sensitive]\nKazak\n[countries]\nKAZ KZ | Kazakhstan\n", "x.txt:2: case-sensitive: 'Kazak' is not a form")]
        [InlineData("[not-mentions]\nKazakhstan\n[countries]\nKAZ KZ | Kazakhstan\n", "x.txt:2: not-mentions: 'Kazakhstan' is a form of KAZ")]
        [InlineData("[lands]\nKAZ KZ | Kazakhstan\n", "x.txt:1: unknown section [lands]")]
        [InlineData("KAZ KZ | Kazakhstan\n", "x.txt:1: an entry before any [section]")]
        [InlineData("[groups]\n", "x.txt:1: no [countries] entries")]
        public void Given_a_defect_When_parsed_Then_the_error_names_file_line_and_reason(string text, string message)
        {
            var error = Assert.Throws<InvalidDataException>(() => Gazetteer.Parse(text, "x.txt"));
            Assert.StartsWith(message, error.Message);
        }

        [Fact]
        public void Given_a_missing_file_When_loaded_Then_the_error_names_it() =>
            Assert.Contains("nowhere.txt", Assert.ThrowsAny<IOException>(() => Gazetteer.Load("nowhere.txt")).Message);
    }

    public class WithForm
    {
        [Fact]
        public void Given_a_new_alias_When_added_Then_a_new_gazetteer_matches_it_and_the_old_does_not()
        {
            var article = CountryText.Article("The Middle Kingdom and the Celestial Empire.");
            var extended = Default.WithForm("CHN", MentionKind.Alias, "Middle Kingdom");

            Assert.Empty(new CountryMatcher(Default).Find(article));
            var mention = Assert.Single(new CountryMatcher(extended).Find(article));
            Assert.Equal(("CHN", MentionKind.Alias, "Middle Kingdom"), (mention.Iso3, mention.Kind, mention.Text));
            Assert.DoesNotContain("Middle Kingdom", Default.Country("CHN").FormsOf(MentionKind.Alias));
        }

        [Theory]
        [InlineData("CHN", MentionKind.Alias, "Kazakh")]
        [InlineData("CHN", MentionKind.Alias, "South China Sea")]
        [InlineData("XXX", MentionKind.Alias, "Nowhere")]
        [InlineData("central-asia", MentionKind.Capital, "Samarkand")]
        public void Given_a_clashing_or_impossible_form_When_added_Then_it_is_refused(string code, MentionKind kind, string form) =>
            Assert.Throws<ArgumentException>(() => Default.WithForm(code, kind, form));
    }
}
