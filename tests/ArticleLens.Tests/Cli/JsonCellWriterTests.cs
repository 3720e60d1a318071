using System.Text.Json;
using ArticleLens.Cli.Output;
using CsCheck;

namespace ArticleLens.Tests.Cli;

public class JsonCellWriterTests
{
    /// <summary>Text mixing what JSON writers treat differently: plain ASCII, quotes, backslashes, controls, non-ASCII, surrogates.</summary>
    private static readonly Gen<string> TrickyText = Gen.String[
        Gen.OneOf(
            Gen.Char["aZ09 ,.'-<>&+`\"\\/\t\r\n\u0000\u001f\u007f"],
            Gen.Char["\u00e9\u00ad\u00a0\u2019\u201c\u201d\u2013\u2028\u2029\u200b\ufeff\u0378\ufffe\ue000\u4e2d\ud83d\ude00"],
            Gen.Char),
        0, 120];

    private static readonly Gen<object?> AnyCell = Gen.OneOf<object?>(
        TrickyText.Select(s => (object?)s),
        Gen.Int.Select(i => (object?)i),
        Gen.Long.Select(l => (object?)l),
        Gen.Bool.Select(b => (object?)b),
        Gen.Double.Select(d => (object?)d),
        Gen.Decimal.Select(m => (object?)m),
        Gen.Const(0).Select(_ => (object?)null),
        Gen.Int[1900, 2100].Select(y => (object?)new DateOnly(y, 1, 31)),
        TrickyText.Array[0, 3].Select(a => (object?)a));

    /// <summary>The reference: the value written by <see cref="Utf8JsonWriter"/> (or the exception it throws).</summary>
    private static string Reference(object? value)
    {
        try
        {
            var buffer = new Utf8Buffer();
            using (var json = new Utf8JsonWriter(buffer, JsonCellWriter.Options))
                JsonCellWriter.WriteValue(json, value);
            return Convert.ToHexString(buffer.Written);
        }
        catch (Exception e)
        {
            return e.GetType().Name;
        }
    }

    private static string Fast(object? value)
    {
        try
        {
            var buffer = new Utf8Buffer();
            new JsonCellWriter(buffer).Write(value);
            return Convert.ToHexString(buffer.Written);
        }
        catch (Exception e)
        {
            return e.GetType().Name;
        }
    }

    public class Write
    {
        [Fact]
        public void Given_every_ascii_character_When_classed_Then_plain_ascii_is_what_the_encoder_writes_as_itself()
        {
            for (var c = (char)0; c < 128; c++)
                Assert.True(JsonCellWriter.PlainAscii.Contains(c) == JsonCellWriter.IsVerbatim(c), $"U+{(int)c:X4}");
        }

        [Theory]
        [InlineData("amountUsd", "\"amountUsd\"")]
        [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
        [InlineData("caf\u00e9\u0001", "\"caf\u00e9\\u0001\"")]
        public void Given_a_key_When_quoted_Then_the_bytes_are_those_of_Utf8JsonWriter(string key, string expected) =>
            Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(JsonCellWriter.Quote(key)));

        [Fact]
        public void Given_any_cell_value_When_written_Then_the_bytes_are_those_of_Utf8JsonWriter() =>
            AnyCell.Sample(value => Assert.Equal(Reference(value), Fast(value)), iter: 50_000);

        [Theory]
        [InlineData("plain", "\"plain\"")]
        [InlineData("say \"hi\" \\ now", "\"say \\\"hi\\\" \\\\ now\"")]
        [InlineData("caf\u00e9 \u201cok\u201d", "\"caf\u00e9 \u201cok\u201d\"")]
        [InlineData("line\nbreak", "\"line\\nbreak\"")]
        [InlineData("", "\"\"")]
        public void Given_text_When_written_Then_only_what_json_requires_is_escaped(string text, string expected)
        {
            var buffer = new Utf8Buffer();

            new JsonCellWriter(buffer).Write(text);

            Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(buffer.Written));
        }

        [Fact]
        public void Given_integers_When_written_Then_plain_digits()
        {
            var buffer = new Utf8Buffer();
            var cells = new JsonCellWriter(buffer);

            foreach (var value in new object[] { 0, -1, int.MaxValue, int.MinValue, long.MinValue, 1200L })
            {
                cells.Write(value);
                buffer.Append((byte)' ');
            }

            Assert.Equal("0 -1 2147483647 -2147483648 -9223372036854775808 1200 ", System.Text.Encoding.UTF8.GetString(buffer.Written));
        }
    }
}
