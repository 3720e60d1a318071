namespace ArticleLens.Tests.Pledges;

public class RecipientTests
{
    public class Find
    {
        [Theory]
        [InlineData("China will provide vaccines to Central Asian countries.", "Central Asian countries", "Central Asia", "KAZ KGZ TJK TKM UZB")]
        [InlineData("China will provide 1,200 scholarships to the five Central Asian countries.", "the five Central Asian countries", "Central Asia", "KAZ KGZ TJK TKM UZB")]
        [InlineData("Japan will send 200 engineers to Viet Nam.", "Viet Nam", "Viet Nam", "VNM")]
        [InlineData("We will build platforms for ASEAN countries.", "ASEAN countries", "ASEAN", "BRN KHM IDN LAO MYS MMR PHL SGP THA VNM")]
        [InlineData("We will offer 500 places to help African countries train nurses.", "African countries", "African countries", "")]
        public void Given_a_recipient_When_detected_Then_text_and_codes_are_read(string sentence, string text, string name, string codes)
        {
            var recipient = PledgeText.Find(sentence)[0].Recipient;

            Assert.NotNull(recipient);
            Assert.Equal(text, recipient.Text);
            Assert.Equal(name, recipient.Party?.Name);
            Assert.Equal(codes, string.Join(' ', recipient.Codes));
        }

        [Fact]
        public void Given_the_five_countries_When_a_group_of_five_was_named_before_Then_it_is_resolved_to_that_group()
        {
            var pledges = PledgeText.Find("China will work with Central Asian countries.\nChina will provide 300 scholarships to the five countries.");

            Assert.Equal("Central Asia", pledges[^1].Recipient!.Party!.Name);
        }

        [Fact]
        public void Given_a_partner_after_with_When_detected_Then_it_is_not_a_recipient() =>
            Assert.Null(PledgeText.One("China will work with Central Asian countries on water.").Recipient);

        [Fact]
        public void Given_a_capital_after_the_action_When_detected_Then_it_is_a_place_not_a_recipient() =>
            Assert.Null(PledgeText.One("China will host 200 students in Astana.").Recipient);
    }
}
