using CsCheck;

namespace ArticleLens.Tests.Text;

public class TokenPropertyTests
{
    private static readonly Gen<string> AnyUnicode = Gen.String[Gen.Char, 0, 200];

    private static readonly Gen<string> ArticleLike = Gen.String[
        Gen.OneOf(Gen.Char["aZ09 ,.'-\u2019\u00A0\u00AD\u00AC$%\r\n\"\u201c\u201d"], Gen.Char), 0, 300];

    [Fact]
    public void Given_any_unicode_When_tokenized_Then_nothing_throws_and_offsets_round_trip() =>
        Gen.OneOf(AnyUnicode, ArticleLike).Sample(text =>
        {
            var previousEnd = 0;
            foreach (var token in Tokenizer.Tokenize(text))
            {
                Assert.True(token.Start >= previousEnd, "tokens are in order and do not overlap");
                Assert.True(token.Length > 0);
                Assert.True(token.End <= text.Length);
                Assert.Equal(text.Substring(token.Start, token.Length), token.In(text).ToString());
                Assert.False(char.IsWhiteSpace(text[token.Start]));
                previousEnd = token.End;
            }
        }, iter: 20_000);

    /// <summary>Any Unicode but the characters that open Markdown residue (* _ &lt; \ [ ]), which MarkupTokenTests covers.</summary>
    private static readonly Gen<string> AnyUnicodeButMarkup = Gen.String[Gen.Char.Where(c => !"*_<\\[]".Contains(c)), 0, 200];

    [Fact]
    public void Given_any_unicode_When_tokens_are_skipped_Then_only_space_and_invisible_characters_are_left_out() =>
        AnyUnicodeButMarkup.Sample(text =>
        {
            var covered = new bool[text.Length];
            foreach (var token in Tokenizer.Tokenize(text))
                for (var i = token.Start; i < token.End; i++) covered[i] = true;
            for (var i = 0; i < text.Length; i++)
                if (!covered[i])
                    Assert.True(char.IsWhiteSpace(text[i]) || char.IsControl(text[i])
                                || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.Format,
                        $"U+{(int)text[i]:X4} at {i} was dropped");
        }, iter: 20_000);
}
