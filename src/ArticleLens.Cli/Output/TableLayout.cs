using System.Globalization;
using System.Text;

namespace ArticleLens.Cli.Output;

/// <summary>
/// How a table's columns are laid out, decided once from its first rows: each column as wide as its header and its widest
/// sampled cell, then the widest shrunk first until the table fits the width, keeping headers and numbers whole and text
/// columns at least <see cref="MinWrapWidth"/> wide. Only if that is still too wide (a narrow terminal) do headers wrap and
/// text columns go down to <see cref="MinNarrowWidth"/>; numbers never wrap. Immutable, so the threads encoding rows share it.
/// </summary>
internal sealed class TableLayout<T>
{
    /// <summary>The narrowest a text column is squeezed to while headers stay whole (unless its header or its cells are narrower).</summary>
    public const int MinWrapWidth = 8;

    /// <summary>The narrowest a text column is squeezed to on a narrow terminal.</summary>
    public const int MinNarrowWidth = 4;

    private TableLayout(Column<T>[] columns, int[] widths, bool[] right, bool header)
    {
        (Columns, Widths, Right, Header) = (columns, widths, right, header);
        Top = Border('╭', '┬', '╮');
        Separator = Border('├', '┼', '┤');
        Bottom = Border('╰', '┴', '╯');
    }

    public Column<T>[] Columns { get; }

    /// <summary>Each column's width in terminal cells, padding and borders aside.</summary>
    public int[] Widths { get; }

    /// <summary>Which columns align right: numbers, text that is a number in every sampled row that has it ("1,200"), and those that ask to.</summary>
    public bool[] Right { get; }

    /// <summary>False for a key/value listing: no header row.</summary>
    public bool Header { get; }

    /// <summary>The border lines as UTF-8.</summary>
    public byte[] Top { get; }

    public byte[] Separator { get; }

    public byte[] Bottom { get; }

    /// <summary>The layout of <paramref name="columns"/> for rows like <paramref name="sample"/>, fitted to <paramref name="width"/> where it can be.</summary>
    public static TableLayout<T> Of(IReadOnlyList<Column<T>> columns, IReadOnlyList<T> sample, int width, bool header = true)
    {
        var natural = columns.Select(c => header ? CellWidth.Of(c.Key) : 0).ToArray();
        var values = new int[columns.Count]; // per column: the widest sampled cell
        var numbers = new int[columns.Count]; // per column: sampled cells that are a number, -1 once one is not
        var cells = new ReadOnlyMemory<char>[columns.Count];
        foreach (var row in sample)
        {
            Cells(columns, row, cells);
            for (var c = 0; c < cells.Length; c++)
            {
                var cell = cells[c].Span;
                values[c] = Math.Max(values[c], CellWidth.Widest(cell));
                if (!cell.IsEmpty && numbers[c] >= 0) numbers[c] = IsNumber(cell) ? numbers[c] + 1 : -1;
            }
        }
        bool[] right = [.. columns.Select((column, c) => column.AlignRight || column.Kind is CellKind.Integer or CellKind.Number || numbers[c] > 0)];
        int[] widths = [.. natural.Zip(values, (n, v) => Math.Max(1, Math.Max(n, v)))];
        Shrink(widths, [.. widths.Select((w, c) => right[c] ? w : Math.Min(w, Math.Max(MinWrapWidth, natural[c])))], width);
        Shrink(widths, [.. widths.Select((w, c) => Math.Max(1, right[c] ? values[c] : Math.Min(w, MinNarrowWidth)))], width);
        return new TableLayout<T>([.. columns], widths, right, header);
    }

    /// <summary>Narrows the widest column by one, again and again, until the table fits <paramref name="width"/> or every column is at its floor.</summary>
    private static void Shrink(int[] widths, int[] floor, int width)
    {
        for (var total = widths.Sum() + 3 * widths.Length + 1; total > width; total--)
        {
            var widest = -1;
            for (var c = 0; c < widths.Length; c++)
                if (widths[c] > floor[c] && (widest < 0 || widths[c] > widths[widest])) widest = c;
            if (widest < 0) return;
            widths[widest]--;
        }
    }

    /// <summary>The text of each cell of <paramref name="row"/> (as <see cref="RowWriter.Text"/> gives it), into <paramref name="cells"/>.</summary>
    public static void Cells(IReadOnlyList<Column<T>> columns, T row, ReadOnlyMemory<char>[] cells)
    {
        for (var c = 0; c < cells.Length; c++)
        {
            var column = columns[c];
            cells[c] = column.Kind switch
            {
                CellKind.Text => column.TryText(row, out var text) ? text : default,
                CellKind.Integer => column.Integer(row)?.ToString(CultureInfo.InvariantCulture).AsMemory() ?? default,
                CellKind.Boolean => (column.Flag(row) ? bool.TrueString : bool.FalseString).AsMemory(),
                _ => RowWriter.Text(column.Value(row)).AsMemory(),
            };
        }
    }

    /// <summary>Digits with signs and separators only, such as <c>-1,200.5</c>.</summary>
    private static bool IsNumber(ReadOnlySpan<char> cell) =>
        cell.ContainsAnyInRange('0', '9') && !cell.ContainsAnyExcept("0123456789,.-+");

    private byte[] Border(char left, char middle, char right)
    {
        var line = new StringBuilder().Append(left);
        for (var c = 0; c < Widths.Length; c++) line.Append('─', Widths[c] + 2).Append(c == Widths.Length - 1 ? right : middle);
        return Encoding.UTF8.GetBytes(line.Append('\n').ToString());
    }
}
