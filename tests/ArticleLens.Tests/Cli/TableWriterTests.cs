using ArticleLens.Cli.Output;
using CsCheck;

namespace ArticleLens.Tests.Cli;

public class TableWriterTests
{
    internal sealed record Row(string Name, int Count, string? Amount, string Text);

    private static readonly Column<Row>[] Columns =
    [
        new("name", r => r.Name),
        new("count", r => r.Count),
        new("amount", r => r.Amount),
        new("text", r => r.Text.AsMemory()),
    ];

    private const string Long = "China will provide 1,200 government scholarships to the five Central Asian countries in the next five years";

    private static string[] Table(IEnumerable<Row> rows, int width = 200, bool header = true)
    {
        var output = new StringWriter();
        TableWriter.Write(rows, Columns, output, header, width);
        return output.ToString().Split('\n')[..^1];
    }

    /// <summary>The trimmed text of column <paramref name="c"/> on each body line of a table.</summary>
    private static IEnumerable<string> Column(string[] lines, int c) =>
        lines.Where(l => l.StartsWith('│')).Skip(1).Select(l => l.Split('│')[c + 1].Trim());

    [Fact]
    public void Given_more_rows_than_the_sample_When_printed_Then_one_table_with_every_row_once_in_order()
    {
        var rows = Enumerable.Range(1, TableWriter.Sample * 2 + 5).Select(i => new Row($"row{i}", i, null, "x")).ToList();

        var lines = Table(rows);

        Assert.Equal(1, lines.Count(l => l.StartsWith('╭')));
        Assert.Equal(1, lines.Count(l => l.Contains("name")));
        Assert.StartsWith("╰", lines[^1]);
        Assert.Equal(rows.Select(r => r.Name), Column(lines, 0));
    }

    [Fact]
    public void Given_no_rows_When_printed_Then_the_header_alone_in_its_box()
    {
        var lines = Table([]);

        Assert.Equal(4, lines.Length);
        Assert.Equal(["name", "count", "amount", "text"], lines[1].Split('│', StringSplitOptions.TrimEntries)[1..^1]);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(60)]
    [InlineData(40)]
    public void Given_a_long_cell_When_printed_Then_it_wraps_at_spaces_inside_a_table_that_fits_the_width(int width)
    {
        var lines = Table([new("a", 1, "1,200", Long), new("b", 2, null, "short")], width);

        Assert.All(lines, l => Assert.Equal(lines[0].Length, l.Length));
        Assert.True(lines[0].Length <= width);
        var text = Column(lines, 3).TakeWhile(t => t != "short").ToList();
        Assert.Equal(Long, string.Join(' ', text));
        Assert.Equal(width == 200, text.Count == 1);
    }

    [Fact]
    public void Given_more_columns_than_fit_with_whole_headers_When_printed_Then_the_headers_stay_whole_and_text_columns_give_way()
    {
        var lines = Table([new("a name longer than any header", 1, null, Long)], width: 40);

        Assert.Equal(["name", "count", "amount", "text"], lines[1].Split('│', StringSplitOptions.TrimEntries)[1..^1]);
        Assert.All(lines, l => Assert.Equal(40, l.Length));
    }

    [Fact]
    public void Given_a_terminal_too_narrow_for_the_headers_When_printed_Then_they_wrap_numbers_stay_whole_and_nothing_is_cut()
    {
        var lines = Table([new("a name longer than any header", 123456, "1,200", Long)], width: 34);

        Assert.All(lines, l => Assert.Equal(34, l.Length));
        var header = lines.Skip(1).TakeWhile(l => l.StartsWith('│')).Select(l => l.Split('│')[1..^1]).ToList();
        Assert.Equal(["name", "count", "amount", "text"], Enumerable.Range(0, 4).Select(c => string.Concat(header.Select(h => h[c].Trim()))));
        Assert.Contains(lines, l => l.Contains(" 123456 ") && l.Contains(" 1,200 "));
    }

    [Fact]
    public void Given_a_word_longer_than_its_column_When_printed_Then_it_is_broken_inside_and_nothing_is_lost()
    {
        var word = new string('x', 30) + new string('y', 30);

        var lines = Table([new("a", 1, null, word)], width: 40);

        Assert.Equal(word, string.Concat(Column(lines, 3)));
    }

    [Fact]
    public void Given_numbers_and_numeric_text_When_printed_Then_they_align_right_and_other_text_left()
    {
        var lines = Table([new("a", 5, "1,200", "x"), new("bbbbbbbb", 12345, "50", "y")]);

        var row = lines[3].Split('│')[1..^1];
        Assert.Equal(" a        ", row[0][..10]);
        Assert.EndsWith(" 5 ", row[1]);
        Assert.EndsWith(" 1,200 ", row[2]);
    }

    [Fact]
    public void Given_a_kwic_table_When_printed_Then_the_left_context_ends_at_the_match()
    {
        var lines = new StringWriter();
        var rows = new[] { new KwicLine("1", 1, "China will", "provide", "aid", 0, 7, "provide"),
            new KwicLine("1", 2, "and in the next three years will also", "provide", "loans", 0, 7, "provide") };

        TableWriter.Write(rows, ArticleLens.Cli.Commands.KwicCommand.Columns, lines);

        var body = lines.ToString().Split('\n').Where(l => l.Contains("provide")).Select(l => l.Split('│')[3]).ToList();
        Assert.Equal(2, body.Count);
        Assert.All(body, left => Assert.True(left.EndsWith(" will ") || left.EndsWith(" also "), left));
        Assert.Equal(body[0].Length, body[1].Length);
    }

    [Fact]
    public void Given_a_numeric_column_with_one_word_When_printed_Then_it_aligns_left()
    {
        var lines = Table([new("a", 5, "1,200", "x"), new("b", 6, "many", "y")]);

        Assert.StartsWith(" 1,200 ", lines[3].Split('│')[3]);
    }

    [Fact]
    public void Given_control_characters_and_line_breaks_When_printed_Then_the_box_stays_whole()
    {
        var lines = Table([new("tab\there", 1, "\u001b[31mred", "one\r\ntwo\nthree\u0085end")]);

        Assert.All(lines, l => Assert.Equal(lines[0].Length, l.Length));
        Assert.DoesNotContain(lines, l => l.Any(c => char.IsControl(c)));
        Assert.Equal(["one", "two", "three end"], Column(lines, 3));
    }

    [Fact]
    public void Given_wide_and_combining_characters_When_printed_Then_every_line_takes_the_same_terminal_width()
    {
        var lines = Table([new("中国", 1, null, "習近平 visited Astana 카자흐스탄 with cafe\u0301 and 😀"), new("x", 2, null, "plain")], width: 40);

        Assert.All(lines, l => Assert.Equal(40, CellWidth.Of(l)));
    }

    [Fact]
    public void Given_a_row_after_the_sample_wider_than_the_layout_When_printed_Then_it_wraps_inside_it()
    {
        const string Sampled = "twelve chars";
        var rows = Enumerable.Range(1, TableWriter.Sample).Select(i => new Row("a", i, null, Sampled)).Append(new Row("b", 0, null, Long));

        var lines = Table(rows);

        Assert.All(lines, l => Assert.Equal(lines[0].Length, l.Length));
        var wrapped = Column(lines, 3).SkipWhile(t => t == Sampled).ToList();
        Assert.All(wrapped, line => Assert.True(line.Length <= Sampled.Length));
        Assert.Equal(Long, string.Join(' ', wrapped));
    }

    [Fact]
    public void Given_a_single_row_When_printed_as_a_table_Then_keys_and_values_without_a_header()
    {
        var output = new StringWriter();

        RowWriter.WriteSingle(new Row("seed", 7, null, "t"), Columns, OutputFormat.Table, output);

        var lines = output.ToString().Split('\n')[..^1];
        Assert.Equal(["╭", "│ name   │ seed │", "│ count  │ 7    │", "│ amount │      │", "│ text   │ t    │", "╰"], lines.Select(l => l.StartsWith('│') ? l : l[..1]));
    }

    [Fact]
    public void Given_any_text_and_width_When_split_Then_lines_fit_and_keep_every_non_space_character_in_order()
    {
        var text = Gen.String[Gen.Char["ab c\n中😀\u0301-"], 0, 80];
        Gen.Select(text, Gen.Int[1, 12]).Sample((cell, width) =>
        {
            var lines = new List<CellWrap.Segment>();

            CellWrap.Split(cell, width, lines);

            var kept = string.Concat(lines.Select(l => cell.Substring(l.Start, l.Length)));
            Assert.Equal(cell.Replace(" ", "").Replace("\n", ""), kept.Replace(" ", ""));
            Assert.All(lines, l => Assert.True(l.Width <= width || l.Width == CellWidth.Of(cell.AsSpan(l.Start, l.Length)) && l.Length <= 2,
                $"'{cell.Substring(l.Start, l.Length)}' is {l.Width} wide in {width}"));
            Assert.All(lines, l => Assert.Equal(CellWidth.Of(cell.AsSpan(l.Start, l.Length)), l.Width));
        }, iter: 2000);
    }

    [Fact]
    public void Given_text_of_one_cell_per_char_When_split_by_the_fast_path_Then_the_lines_are_those_of_the_general_one()
    {
        Gen.Select(Gen.String[Gen.Char[" ab,-\u00e9"], 0, 80], Gen.Int[1, 12]).Sample((cell, width) =>
        {
            List<CellWrap.Segment> narrow = [], any = [];

            CellWrap.SplitNarrow(cell, width, narrow);
            CellWrap.SplitAny(cell, width, any);

            Assert.Equal(any, narrow);
        }, iter: 5000);
    }
}
