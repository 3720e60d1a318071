using CsCheck;

namespace ArticleLens.Tests.Text;

public class MarkupTokenTests
{
    private static string Tokens(string text) => string.Join('|', Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]));

    public class Residue
    {
        [Theory]
        [InlineData("**bold** text", "bold|text")]
        [InlineData("an _emphasised_ word", "an|emphasised|word")]
        [InlineData("***End the pandemic*** now", "End|the|pandemic|now")]
        [InlineData("the 21<sup>st</sup> century", "the|21|century")]
        [InlineData("<u>Maximizing</u> the <span style=\"text-decoration: underline\">Impact</span>", "Maximizing|the|Impact")]
        [InlineData("a <!-- note --> b", "a|b")]
        [InlineData("17\\. The G7", "17|.|The|G7")]
        [InlineData("\\### end", "#|#|#|end")]
        [InlineData("the [US-ASEAN](https://example.org/x) summit", "the|US-ASEAN|summit")]
        [InlineData("see <https://www.state.gov/summit/> now", "see|now")]
        [InlineData("a < b and c > d", "a|<|b|and|c|>|d")]
        [InlineData("x<y", "x|<|y")]
        [InlineData("[1] footnote", "[|1|]|footnote")]
        public void Given_markdown_or_html_residue_When_tokenized_Then_only_the_text_remains(string text, string expected) =>
            Assert.Equal(expected, Tokens(text));

        [Fact]
        public void Given_an_ordinal_in_a_sup_tag_Then_the_number_is_flagged_ordinal()
        {
            var token = Tokenizer.Tokenize("21<sup>st</sup>")[0];

            Assert.Equal((TokenKind.Number, 21.0, 2), (token.Kind, token.Value!.Value, token.Length));
            Assert.True(token.Flags.HasFlag(TokenFlags.Ordinal));
        }
    }

    public class Normalisation
    {
        [Theory]
        [InlineData("Asia\u2013Pacific", "Asia\u2013Pacific", "asia-pacific")]
        [InlineData("China\u2018s", "China\u2018s", "china's")]
        [InlineData("peace\u2014and", "peace|\u2014|and", "peace")]
        [InlineData("sover\u00AC\r\neignty", "sover\u00AC\r\neignty", "sovereignty")]
        [InlineData("sover\u00AC\n\reignty", "sover\u00AC\n\reignty", "sovereignty")]
        [InlineData("President\u202FXi\u2003met", "President|Xi|met", "president")]
        public void Given_dashes_quotes_spaces_and_ocr_hyphens_When_tokenized_Then_matching_sees_the_normal_form(string text, string tokens, string firstNorm)
        {
            Assert.Equal(tokens, Tokens(text));
            var first = Tokenizer.Tokenize(text)[0];
            Assert.Equal(firstNorm, TextNormalizer.Normalize(first.In(text), first.Kind));
        }

        [Fact]
        public void Given_an_en_dash_compound_When_matched_Then_the_hyphenated_pattern_finds_it()
        {
            var article = Assert.Single(Corpus.FromText("Title Line\n\nThe China\u2013Central Asia summit met.\n", "t.txt"));

            var line = Assert.Single(new[] { article }.Tokenize().Kwic("China-Central Asia"));

            Assert.Equal("China\u2013Central Asia", line.Match);
        }
    }

    public class Properties
    {
        private static readonly Gen<string> Word = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJ"], 1, 8];
        private static readonly Gen<string> Wrapper = Gen.OneOfConst("**{0}**", "*{0}*", "_{0}_", "<u>{0}</u>", "<span class=\"x\">{0}</span>", "[{0}](http://x.org/a)", "{0}");

        [Fact]
        public void Given_words_wrapped_in_markup_When_tokenized_Then_the_tokens_are_the_words()
        {
            Gen.Select(Word.Array[1, 12], Wrapper.Array[12]).Sample((words, wrappers) =>
            {
                var text = string.Join(' ', words.Select((w, i) => string.Format(System.Globalization.CultureInfo.InvariantCulture, wrappers[i], w)));
                Assert.Equal(string.Join('|', words), Tokens(text));
            }, iter: 2_000);
        }
    }
}
