namespace ArticleLens.Tests.Loading;

public class SentenceSplitterTests
{
    private static string Cut(string text) =>
        string.Join(" | ", SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)));

    public class Split
    {
        [Theory]
        [InlineData("One. Two! Three? Four.", "One. | Two! | Three? | Four.")]
        [InlineData("Mr. Wang met Dr. Li. They talked.", "Mr. Wang met Dr. Li. | They talked.")]
        [InlineData("President Joseph R. Biden, Jr. spoke today. He left.", "President Joseph R. Biden, Jr. spoke today. | He left.")]
        [InlineData("It gives 500 million U.S. dollars. China agrees.", "It gives 500 million U.S. dollars. | China agrees.")]
        [InlineData("It met the U.S. President. Fine.", "It met the U.S. President. | Fine.")]
        [InlineData("It came from the U.S. The talks went on.", "It came from the U.S. | The talks went on.")]
        [InlineData("See No. 5 and Art. 3 of it. Done.", "See No. 5 and Art. 3 of it. | Done.")]
        [InlineData("India will provide Rs. 500 crore to Nepal. Done.", "India will provide Rs. 500 crore to Nepal. | Done.")]
        [InlineData("Temperatures rise 1.5 degrees. We act.", "Temperatures rise 1.5 degrees. | We act.")]
        [InlineData("He said, \"We will come.\" Then he left.", "He said, \"We will come.\" | Then he left.")]
        [InlineData("He said \u201cWe will come.\u201d Then he left.", "He said \u201cWe will come.\u201d | Then he left.")]
        [InlineData("\"Stop!\" he said. Then quiet.", "\"Stop!\" he said. | Then quiet.")]
        [InlineData("(Applause.) Thank you.", "(Applause.) | Thank you.")]
        [InlineData("Wait... Then go.", "Wait... | Then go.")]
        [InlineData("Wait... and go.", "Wait... and go.")]
        [InlineData("Meet at 5 p.m. on Monday. Bye.", "Meet at 5 p.m. on Monday. | Bye.")]
        [InlineData("U.S.-Japan ties grew. Yes.", "U.S.-Japan ties grew. | Yes.")]
        [InlineData("e.g., this one. Next.", "e.g., this one. | Next.")]
        [InlineData("The year was 1965. It rained.", "The year was 1965. | It rained.")]
        [InlineData("Lomiko Metals, Inc. (\u201cLomiko\u201d). Next.", "Lomiko Metals, Inc. (\u201cLomiko\u201d). | Next.")]
        [InlineData("A line\nthat wraps. And\nanother.", "A line\nthat wraps. | And\nanother.")]
        [InlineData("End.\u00A0\u00A0Next\u00A0one.", "End. | Next\u00A0one.")]
        [InlineData("**Bold title.** Body text.", "Bold title. | Body text.")]
        [InlineData("No end", "No end")]
        [InlineData("...", "")]
        [InlineData("", "")]
        public void Given_text_When_split_Then_sentences_are_as_a_reader_would_cut_them(string text, string expected) =>
            Assert.Equal(expected, Cut(text));

        [Fact]
        public void Given_sentences_Then_they_are_numbered_from_one_and_are_spans_of_the_text()
        {
            const string text = "  First one.  Second one.\n";

            var sentences = SentenceSplitter.Split(text);

            Assert.Equal([1, 2], sentences.Select(s => s.Index));
            Assert.Equal([2, 14], sentences.Select(s => s.Start));
            Assert.Equal("Second one.", text[sentences[1].Start..sentences[1].End]);
        }
    }
}
