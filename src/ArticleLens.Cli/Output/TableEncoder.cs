using System.Text;

namespace ArticleLens.Cli.Output;

/// <summary>
/// Encodes table rows as UTF-8 in a <see cref="TableLayout{T}"/>, as <see cref="RowEncoder{T}"/> does for JSON and CSV: each
/// cell wrapped into its column (<see cref="CellWrap"/>), a row as many lines as its tallest cell. Control characters print as
/// spaces, so a cell can neither break the box nor send escape codes to a terminal. Not thread-safe: one per thread.
/// </summary>
internal sealed class TableEncoder<T>
{
    private static ReadOnlySpan<byte> Bar => "│"u8;

    private readonly Utf8Buffer _bytes = new();
    private readonly ReadOnlyMemory<char>[] _cells;
    private readonly List<CellWrap.Segment>[] _lines;
    private readonly bool[] _controls; // per cell of the row: whether it holds a control character
    private readonly int[] _filled; // the columns whose cell has text left to write
    private readonly byte[] _blankLine; // a line of empty cells, and where each column's cell starts on it (the end last)
    private readonly int[] _blankStarts;

    public TableEncoder(TableLayout<T> layout)
    {
        Layout = layout;
        _cells = new ReadOnlyMemory<char>[layout.Columns.Length];
        _lines = [.. layout.Columns.Select(_ => new List<CellWrap.Segment>())];
        _controls = new bool[layout.Columns.Length];
        _filled = new int[layout.Columns.Length];
        byte[][] blanks = [[.. Bar], .. layout.Widths.Select(w => (byte[])[.. Enumerable.Repeat((byte)' ', w + 2), .. Bar])];
        _blankStarts = [.. blanks.Select((_, c) => blanks[..(c + 1)].Sum(b => b.Length))];
        _blankLine = [.. blanks.SelectMany(b => b), (byte)'\n'];
    }

    public TableLayout<T> Layout { get; }

    /// <summary>Number of bytes encoded and not yet taken.</summary>
    public int Length => _bytes.Length;

    /// <summary>The top border, and the header row with the line under it when the layout has one.</summary>
    public void AddTop()
    {
        _bytes.Append(Layout.Top);
        if (!Layout.Header) return;
        for (var c = 0; c < _cells.Length; c++) _cells[c] = Layout.Columns[c].Key.AsMemory();
        AddCells(right: false);
        _bytes.Append(Layout.Separator);
    }

    /// <summary>The bottom border.</summary>
    public void AddBottom() => _bytes.Append(Layout.Bottom);

    /// <summary>Appends one row.</summary>
    public void Add(T row)
    {
        TableLayout<T>.Cells(Layout.Columns, row, _cells);
        AddCells(right: true);
    }

    /// <summary>The rows added since the last take, in a buffer rented from the shared pool; the encoder starts empty again.</summary>
    public EncodedRows Take()
    {
        if (_bytes.Length == 0) return EncodedRows.Empty;
        var (buffer, length) = _bytes.Detach();
        return new EncodedRows(buffer, length);
    }

    private void AddCells(bool right)
    {
        var widths = Layout.Widths;
        var lines = 1;
        var filled = 0; // the columns with text on the line being written, at the front of _filled
        for (var c = 0; c < _cells.Length; c++)
        {
            var cell = _cells[c].Span;
            _lines[c].Clear();
            if (cell.IsEmpty) continue; // most cells of a long listing
            CellWrap.Split(cell, widths[c], _lines[c]);
            _controls[c] = cell.ContainsAnyInRange('\u0000', '\u001F') || cell.ContainsAnyInRange('\u007F', '\u009F'); // char.IsControl
            lines = Math.Max(lines, _lines[c].Count);
            _filled[filled++] = c;
        }
        for (var line = 0; line < lines; line++)
        {
            var blank = 0; // the first column of the run of empty cells before the next cell with text
            var still = 0;
            _bytes.Append(_blankLine.AsSpan(0, _blankStarts[0]));
            for (var k = 0; k < filled; k++)
            {
                var c = _filled[k];
                if (line >= _lines[c].Count) continue; // and on every line after this one
                _filled[still++] = c;
                _bytes.Append(_blankLine.AsSpan(_blankStarts[blank], _blankStarts[c] - _blankStarts[blank]));
                blank = c + 1;
                var segment = _lines[c][line];
                AddCell(_cells[c].Span.Slice(segment.Start, segment.Length), widths[c] - segment.Width, right && Layout.Right[c], _controls[c]);
            }
            filled = still;
            _bytes.Append(_blankLine.AsSpan(_blankStarts[blank])); // the empty cells left and the line break
        }
    }

    /// <summary>One cell's line: a space, the text padded by <paramref name="pad"/> spaces on the side away from its alignment, a space and a bar.</summary>
    private void AddCell(ReadOnlySpan<char> text, int pad, bool alignRight, bool controls)
    {
        pad = Math.Max(pad, 0);
        var room = _bytes.Room(pad + Encoding.UTF8.GetMaxByteCount(text.Length) + 2 + Bar.Length);
        var n = 0;
        room[n++] = (byte)' ';
        if (alignRight) Spaces(room, ref n, pad);
        n += controls ? Sanitized(text, room[n..]) : Encode(text, room[n..]);
        if (!alignRight) Spaces(room, ref n, pad);
        room[n++] = (byte)' ';
        Bar.CopyTo(room[n..]);
        _bytes.Advance(n + Bar.Length);
    }

    /// <summary>UTF-8 of <paramref name="text"/>: most cells are ASCII, which is copied without the encoder's overhead.</summary>
    private static int Encode(ReadOnlySpan<char> text, Span<byte> room) =>
        Ascii.FromUtf16(text, room, out var written) == System.Buffers.OperationStatus.Done ? written : Encoding.UTF8.GetBytes(text, room);

    private static int Sanitized(ReadOnlySpan<char> text, Span<byte> room)
    {
        var copy = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        for (var i = 0; i < text.Length; i++) copy[i] = char.IsControl(text[i]) ? ' ' : text[i];
        return Encoding.UTF8.GetBytes(copy, room);
    }

    private static void Spaces(Span<byte> room, ref int n, int count)
    {
        room.Slice(n, count).Fill((byte)' ');
        n += count;
    }
}
