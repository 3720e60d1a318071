using ArticleLens.Countries;

namespace ArticleLens.Tests.Countries;

/// <summary>
/// The defects of the reference gazetteers (../shared/reference/gazetteer/README.txt) and the collisions of country forms with
/// ordinary words: none of them may recur.
/// </summary>
public class CollisionTests
{
    public class GivenNames
    {
        [Theory]
        [InlineData("Mr. Jordan met the delegation.", "")]
        [InlineData("Dr Chad spoke first.", "")]
        [InlineData("Jordan Smith and Chad Brown briefed US officials.", "USA")]
        [InlineData("Georgia Tech hosted the forum.", "")]
        [InlineData("Jordan and Egypt signed the accord.", "JOR EGY")]
        [InlineData("Chad, Niger and Mali met in Niamey.", "TCD NER MLI")]
        [InlineData("The Jordan Valley and the Chad Basin need water.", "JOR TCD")]
        [InlineData("King Abdullah of Jordan spoke.", "JOR")]
        [InlineData("Georgia signed an agreement.", "GEO")]
        [InlineData("They visited Jordan.", "JOR")]
        public void Given_a_country_name_that_is_also_a_given_name_When_it_stands_as_a_name_Then_it_is_no_mention(string sentence, string codes) =>
            Assert.Equal(codes, string.Join(' ', CountryText.Codes(sentence)));
    }

    public class UsStates
    {
        [Theory]
        [InlineData("The delegation flew from Atlanta, Georgia, to Mexico.", "MEX")]
        [InlineData("Talks were held in Savannah, Georgia.", "")]
        [InlineData("She was born in Georgia, USA.", "USA")]
        [InlineData("The summit opened in Tbilisi, Georgia.", "GEO")]
        [InlineData("Georgia, Armenia and Azerbaijan met in Baku.", "GEO ARM AZE")]
        public void Given_georgia_after_a_city_of_the_us_state_When_matched_Then_it_is_no_mention_of_the_country(string sentence, string codes) =>
            Assert.Equal(codes, string.Join(' ', CountryText.Codes(sentence)));
    }

    public class TurkicNames
    {
        [Theory]
        [InlineData("Turkmen", "TKM")]
        [InlineData("Turkmens", "TKM")]
        [InlineData("Turkmenistan", "TKM")]
        [InlineData("Turkmenistani", "TKM")]
        [InlineData("Turkish", "TUR")]
        [InlineData("Turk", "TUR")]
        [InlineData("Turks", "TUR")]
        [InlineData("Turkey", "TUR")]
        [InlineData("Türkiye", "TUR")]
        [InlineData("Turks and Caicos Islands", "TCA")]
        [InlineData("Turkish Cypriots", "CYP")]
        [InlineData("Tajik", "TJK")]
        [InlineData("Tajiks", "TJK")]
        [InlineData("Tajikistan", "TJK")]
        [InlineData("Kazakh", "KAZ")]
        [InlineData("Kazakhs", "KAZ")]
        [InlineData("Kyrgyz", "KGZ")]
        [InlineData("Uzbek", "UZB")]
        [InlineData("Uzbeks", "UZB")]
        public void Given_a_Turkic_or_Central_Asian_form_When_matched_Then_it_names_its_own_country_only(string form, string code) =>
            Assert.Equal([code], CountryText.Codes($"We met the {form} delegation."));

        [Fact]
        public void Given_every_form_When_listed_Then_none_is_a_glob() =>
            Assert.DoesNotContain(Gazetteer.Default.Entries.SelectMany(e => e.Forms), f => f.Form.AsSpan().IndexOfAny('*', '?') >= 0);
    }

    public class TaiwanInsideChina
    {
        [Theory]
        [InlineData("the People's Republic of China")]
        [InlineData("the People’s Republic of China")]
        [InlineData("the Peoples Republic of China")]
        [InlineData("THE PEOPLE'S REPUBLIC OF CHINA")]
        [InlineData("the People's Republic of China's")]
        [InlineData("the People's\nRepublic of China")]
        public void Given_the_official_name_of_China_When_matched_Then_it_is_China_and_never_Taiwan(string text) =>
            Assert.Equal(["CHN"], CountryText.Codes($"We met {text} today."));

        [Fact]
        public void Given_Taiwan_s_own_official_name_When_matched_Then_it_is_Taiwan() =>
            Assert.Equal(["TWN OfficialName Republic of China", "TWN Name Taiwan"], CountryText.Found("The Republic of China (Taiwan) voted."));
    }

    public class TwoLetterCodes
    {
        public static TheoryData<string> Codes() => [.. Gazetteer.Default.Countries.Select(c => c.Iso2)];

        [Theory]
        [MemberData(nameof(Codes))]
        public void Given_an_ISO2_code_as_a_word_When_matched_Then_no_country_is_named(string code)
        {
            foreach (var spelling in new[] { code.ToLowerInvariant(), code[..1] + code[1..].ToLowerInvariant() })
                Assert.Empty(CountryText.Codes($"We said {spelling} and then {spelling}."));
            var upper = CountryText.Mentions($"We said {code} today.");
            var country = Gazetteer.Default.Country(code);
            Assert.All(upper, m => Assert.True(m.Entry.Forms.Any(f => f.Form == code), $"{code} matched {m.Iso3} without being one of its forms"));
            Assert.All(upper, m => Assert.True(m.Entry != country || code == "US", $"{code} named {country.Iso3} by its ISO-2 code"));
        }

        [Theory]
        [InlineData("Let us go, and tell us more.")]
        [InlineData("It is in the plan: no one can be me.")]
        [InlineData("Send it to me at home by car or by id.")]
        public void Given_ordinary_short_words_When_matched_Then_no_country_is_named(string text) =>
            Assert.Empty(CountryText.Codes(text));

        [Theory]
        [InlineData("The US and the UK met.", "USA|GBR")]
        [InlineData("The AU met.", "african-union")]
        [InlineData("The EU met.", "eu")]
        [InlineData("The CAR and PNG met.", "CAF|PNG")]
        public void Given_an_acronym_in_capitals_When_matched_Then_it_names_its_entry(string text, string codes) =>
            Assert.Equal(codes.Split('|'), CountryText.Codes(text));
    }

    public class WordsThatAreCountries
    {
        [Theory]
        [InlineData("a turkey dinner on fine china")]
        [InlineData("a guinea pig in a football jersey")]
        [InlineData("polish the floor after the family reunion")]
        [InlineData("a hanging chad and a png file")]
        [InlineData("the north pole and the south poles")]
        [InlineData("a panama hat, chile peppers and brazil nuts")]
        [InlineData("an afghan blanket, morocco leather and manila envelopes")]
        [InlineData("cayenne pepper, lima beans and muscat grapes")]
        [InlineData("french fries, a dutch oven and a danish pastry")]
        [InlineData("a swede is a turnip; wellington boots")]
        public void Given_lower_case_words_When_matched_Then_no_country_is_named(string text) =>
            Assert.Empty(CountryText.Found(text, capitals: true));

        [Theory]
        [InlineData("Turkey and TURKEY and China and CHINA.", "TUR|TUR|CHN|CHN")]
        [InlineData("Guinea, Jersey, Chad and Réunion.", "GIN|JEY|TCD|REU")]
        [InlineData("Polish and Danish ministers met Poles and Swedes.", "POL|DNK|POL|SWE")]
        public void Given_the_same_words_capitalised_When_matched_Then_they_name_countries(string text, string codes) =>
            Assert.Equal(codes.Split('|'), CountryText.Codes(text));
    }

    public class EveryForm
    {
        public static TheoryData<string, string, string> Forms()
        {
            var data = new TheoryData<string, string, string>();
            foreach (var entry in Gazetteer.Default.Entries)
            foreach (var (form, kind) in entry.Forms)
                data.Add(entry.Code, kind.ToString(), form);
            return data;
        }

        [Theory]
        [MemberData(nameof(Forms))]
        public void Given_a_form_in_a_sentence_When_matched_Then_it_names_its_entry_alone_and_whole(string code, string kind, string form)
        {
            var mention = Assert.Single(CountryText.Mentions($"We saw {form} today.", capitals: true));
            Assert.Equal(code, mention.Iso3);
            Assert.Equal(kind, mention.Kind.ToString());
            Assert.Equal(form.EndsWith("'s", StringComparison.Ordinal) ? form[..^2] : form, mention.Text);
        }

        [Theory]
        [MemberData(nameof(Forms))]
        public void Given_a_form_in_lower_case_When_matched_Then_it_matches_unless_case_sensitive(string code, string kind, string form)
        {
            _ = kind;
            var sensitive = GazetteerForms.IsCaseSensitive(form, Gazetteer.Default.CaseSensitive);
            var mentions = CountryText.Mentions($"we saw {form.ToLowerInvariant()} today.", capitals: true);
            if (sensitive) Assert.Empty(mentions);
            else Assert.Equal(code, Assert.Single(mentions).Iso3);
        }
    }
}
