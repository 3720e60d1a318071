namespace ArticleLens.Tests.Loading;

public class CountryTagTests
{
    public class Split
    {
        [Theory]
        [InlineData("China: Xi Jinping Chairs the Summit", "China", "Xi Jinping Chairs the Summit")]
        [InlineData("Hong Kong SAR: Statement", "Hong Kong SAR", "Statement")]
        [InlineData("U.S.:  Readout", "U.S.", "Readout")]
        [InlineData("Timor-Leste: Visit", "Timor-Leste", "Visit")]
        [InlineData("Côte d'Ivoire: Visit", null, "Côte d'Ivoire: Visit")] // every word must be capitalised
        [InlineData("Four Capitalised Words Here: Too many", null, "Four Capitalised Words Here: Too many")]
        [InlineData("china: lower case", null, "china: lower case")]
        [InlineData("China:no space", null, "China:no space")]
        [InlineData("China:   ", null, "China:   ")]
        [InlineData("China  Two: double space", null, "China  Two: double space")]
        [InlineData("Joint Statement", null, "Joint Statement")]
        [InlineData(": nothing before", null, ": nothing before")]
        public void Given_a_title_When_split_Then_a_leading_tag_of_one_to_three_capitalised_words_is_taken(string title, string? tag, string rest)
        {
            Assert.Equal((tag, rest), CountryTag.Split(title));
        }
    }
}
