using System.Text.Json;
using ArticleLens.Cli.Output;
using CsCheck;

namespace ArticleLens.Tests.Cli;

public class RowEncoderTests
{
    internal sealed record Cell(string Name, int Count, long Big, double? Share, bool Flag, decimal Money, DateOnly? Date, IReadOnlyList<string> Tags);

    private static readonly Column<Cell>[] Columns =
    [
        new("name", c => c.Name),
        new("count", c => c.Count),
        new("big", c => c.Big),
        new("share", c => c.Share),
        new("flag", c => c.Flag),
        new("money", c => c.Money),
        new("date", c => c.Date),
        new("tags", c => c.Tags),
    ];

    private static readonly Cell Plain = new("plain", -1, 5_000_000_000, 0.1234567, true, 1.50m, new DateOnly(2024, 1, 2), ["a", "b"]);
    private static readonly Cell Tricky = new("Say \"hi\", \\ caf\u00e9 \u201Cok\u201D\r\n\ttab", 0, 0, null, false, 0m, null, []);

    private static string Written(IEnumerable<Cell> rows, OutputFormat format)
    {
        var output = new StringWriter();
        RowWriter.Write(rows, Columns, format, output);
        return output.ToString();
    }

    public class Write
    {
        [Fact]
        public void Given_rows_When_written_as_json_Then_one_array_with_a_row_per_line()
        {
            var json = Written([Plain, Plain], OutputFormat.Json);

            const string Row = """{"name":"plain","count":-1,"big":5000000000,"share":0.123457,"flag":true,"money":1.50,"date":"2024-01-02","tags":["a","b"]}""";
            Assert.Equal($"[\n{Row},\n{Row}\n]\n", json);
        }

        [Fact]
        public void Given_text_that_json_must_escape_When_written_Then_it_reads_back_unchanged_and_non_ascii_stays_as_is()
        {
            var json = Written([Tricky], OutputFormat.Json);

            var row = JsonDocument.Parse(json).RootElement[0];
            Assert.Equal(Tricky.Name, row.GetProperty("name").GetString());
            Assert.Equal(JsonValueKind.Null, row.GetProperty("share").ValueKind);
            Assert.Equal(JsonValueKind.Null, row.GetProperty("date").ValueKind);
            Assert.Contains("caf\u00e9 \u201Cok\u201D", json);
        }

        [Fact]
        public void Given_no_rows_When_written_Then_an_empty_array_or_the_header_alone()
        {
            Assert.Equal("[]\n", Written([], OutputFormat.Json));
            Assert.Equal("name,count,big,share,flag,money,date,tags\n", Written([], OutputFormat.Csv));
        }

        [Fact]
        public void Given_fields_with_commas_quotes_and_line_breaks_When_written_as_csv_Then_they_are_quoted()
        {
            var csv = Written([Plain, Tricky], OutputFormat.Csv);

            Assert.Equal("name,count,big,share,flag,money,date,tags\n"
                         + "plain,-1,5000000000,0.123457,True,1.50,2024-01-02,a; b\n"
                         + "\"Say \"\"hi\"\", \\ caf\u00e9 \u201Cok\u201D\r\n\ttab\",0,0,,False,0,,\n", csv);
        }

        [Fact]
        public void Given_any_rows_When_written_as_json_Then_the_bytes_are_those_of_Utf8JsonWriter()
        {
            var text = Gen.String[Gen.OneOf(Gen.Char["aZ09 ,.\"\\\t\n\u0000\u00e9\u2019\u2028\ud83d\ude00"], Gen.Char), 0, 60];
            var cells = Gen.Select(text.Null(), Gen.Long.Nullable(), Gen.Double.Nullable(), Gen.Bool, text,
                (name, count, share, flag, slice) => new Sparse(name, count, share, flag, slice));
            cells.List[0, 5].Sample(rows =>
            {
                var output = new StringWriter();
                RowWriter.Write(rows, Sparse.Columns, OutputFormat.Json, output);
                Assert.Equal(Sparse.Reference(rows), output.ToString());
            }, iter: 5_000);
        }

        [Fact]
        public void Given_texts_longer_than_the_room_reserved_for_a_row_When_written_as_json_Then_the_bytes_are_those_of_Utf8JsonWriter()
        {
            var longText = string.Concat(Enumerable.Repeat("caf\u00e9 \"q\" ", 20_000)); // 200,000 chars: past the 64 KB first buffer
            List<Sparse> rows = [new(longText, 1, 0.5, true, longText), new("a\u0001b", null, null, false, longText + "\n"), new(null, 2, null, true, "")];

            var output = new StringWriter();
            RowWriter.Write(rows, Sparse.Columns, OutputFormat.Json, output);

            Assert.Equal(Sparse.Reference(rows), output.ToString());
        }

        [Fact]
        public void Given_rows_of_false_flags_When_many_are_written_as_json_Then_each_row_fits_the_room_reserved_for_it()
        {
            // "false" is the longest fixed cell: rows of 1 to 40 of them, with keys of every length, end at every offset of a buffer.
            for (var count = 1; count <= 40; count++)
            {
                var columns = Enumerable.Range(0, count).Select(i => new Column<int>(new string('k', 1 + i % 7), _ => false)).ToArray();
                var encoder = new RowEncoder<int>(columns, OutputFormat.Json);
                var row = "{" + string.Join(",", columns.Select(c => $"\"{c.Key}\":false")) + "}";
                var rows = 3_000;

                for (var i = 0; i < rows; i++) encoder.Add(i);

                var encoded = encoder.Take();
                Assert.Equal(string.Concat(Enumerable.Repeat(",\n" + row, rows)), System.Text.Encoding.UTF8.GetString(encoded.Bytes));
                encoded.Return();
            }
        }

        [Theory]
        [InlineData("Json")]
        [InlineData("Csv")]
        public void Given_rows_past_one_chunk_When_written_Then_every_row_is_there_once(string name)
        {
            var format = Enum.Parse<OutputFormat>(name);
            var rows = Enumerable.Range(0, 5000).Select(i => Plain with { Count = i }).ToList();

            var text = Written(rows, format);

            if (format == OutputFormat.Json)
                Assert.Equal(Enumerable.Range(0, 5000), JsonDocument.Parse(text).RootElement.EnumerateArray().Select(r => r.GetProperty("count").GetInt32()));
            else
                Assert.Equal(5001, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }
    }

    /// <summary>A row of typed cells that are often empty, as in a pledge row.</summary>
    internal sealed record Sparse(string? Name, long? Count, double? Share, bool Flag, string Text)
    {
        public static readonly Column<Sparse>[] Columns =
        [
            new("name", r => r.Name),
            new("count", r => r.Count),
            new("share", r => r.Share),
            new("flag", r => r.Flag),
            new("text", r => r.Text.AsMemory()),
        ];

        /// <summary>The rows as <see cref="Utf8JsonWriter"/> writes them, one object per line.</summary>
        public static string Reference(IReadOnlyList<Sparse> rows)
        {
            var keys = RowEncoder<Sparse>.Keys(Columns);
            var lines = rows.Select(row =>
            {
                var buffer = new Utf8Buffer();
                using (var json = new Utf8JsonWriter(buffer, JsonCellWriter.Options))
                    RowEncoder<Sparse>.WriteObject(json, row, Columns, keys);
                return System.Text.Encoding.UTF8.GetString(buffer.Written);
            });
            return rows.Count == 0 ? "[]\n" : $"[\n{string.Join(",\n", lines)}\n]\n";
        }
    }

    public class ArticleRowsWrite
    {
        [Theory]
        [InlineData("Json")]
        [InlineData("Csv")]
        [InlineData("Table")]
        public void Given_rows_found_on_worker_threads_When_written_Then_the_output_equals_writing_them_in_order(string name)
        {
            var format = Enum.Parse<OutputFormat>(name);
            // about 2,400 rows: more than a table's sample, so table rows are encoded on the workers too
            var text = string.Concat(Enumerable.Range(1, 1600).Select(i => $"Article Number: {i}\nTitle {i}\n{(i % 7 == 0 ? "" : "Some text.")}\n"));
            static void Find(object _, Article article, List<Cell> rows)
            {
                for (var k = 0; k < article.Number % 4; k++) // some articles have no rows
                    rows.Add(Tricky with { Count = article.Number!.Value, Big = k, Tags = [article.Title] });
            }
            var expected = new List<Cell>();
            foreach (var article in Corpus.FromText(text)) Find(new object(), article, expected);
            var output = new StringWriter();

            ArticleRows.Write(Corpus.FromText(text), () => new object(), Find, Columns, format, output);

            Assert.Equal(Written(expected, format), output.ToString());
        }
    }
}
