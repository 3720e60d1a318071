using System.Text;
using System.Text.Json;

namespace ArticleLens.Cli.Output;

/// <summary>
/// Encodes rows as the UTF-8 bytes <see cref="RowWriter"/> prints for them: a JSON row as <c>,\n{...}</c> (the writer drops the
/// first comma and adds the brackets), a CSV row as one line. Not thread-safe: give each worker thread its own encoder, so rows
/// are encoded where they are found and the printing thread only copies bytes.
/// </summary>
internal sealed class RowEncoder<T>
{
    private readonly Column<T>[] _columns; // an array: a row reads every column, and interface calls per cell add up
    private readonly Utf8Buffer _bytes = new();
    private readonly JsonCellWriter? _cells;
    private readonly byte[][] _keys; // per column: ",\n{" (the first, which opens the row) or "," then the encoded key and ":"
    private readonly byte[][] _nullCells; // the same followed by null: one copy for an empty cell
    private readonly int _rowBound; // the most bytes a row takes, its text cells' text aside

    /// <summary>An encoder of <paramref name="columns"/> as JSON or CSV.</summary>
    public RowEncoder(IReadOnlyList<Column<T>> columns, OutputFormat format)
    {
        if (format is not (OutputFormat.Json or OutputFormat.Csv))
            throw new ArgumentOutOfRangeException(nameof(format), format, "Only JSON and CSV rows are encoded.");
        _columns = [.. columns];
        _cells = format == OutputFormat.Json ? new JsonCellWriter(_bytes) : null;
        _keys = format == OutputFormat.Json
            ? [.. columns.Select((column, c) => (byte[])[.. c == 0 ? ",\n{"u8 : ","u8, .. JsonCellWriter.Quote(column.Key), (byte)':'])]
            : [];
        _nullCells = [.. _keys.Select(key => (byte[])[.. key, .. "null"u8])];
        _rowBound = 1 + _keys.Select((key, c) => _columns[c].Kind switch
        {
            CellKind.Integer => key.Length + 20,
            CellKind.Number => key.Length + JsonCellWriter.MaxNumberLength,
            CellKind.Boolean => key.Length + "false".Length,
            _ => _nullCells[c].Length, // a text's quotes fit too (its text is reserved apart); other values go through the writer
        }).Sum();
    }

    /// <summary>Number of bytes encoded and not yet taken.</summary>
    public int Length => _bytes.Length;

    /// <summary>
    /// Appends one row. Room for the whole row is reserved once (once more for a long text), so cells are written without a
    /// check each.
    /// </summary>
    public void Add(T row)
    {
        if (_cells is null)
        {
            AddCsv(row);
            return;
        }
        var room = _bytes.Room(_rowBound);
        var n = 0;
        for (var c = 0; c < _columns.Length; c++)
        {
            var column = _columns[c];
            var key = _keys[c];
            switch (column.Kind)
            {
                case CellKind.Text when column.TryText(row, out var text):
                    var needed = _rowBound + JsonCellWriter.MaxQuotedLength(text.Length); // this text and every other cell
                    if (room.Length - n < needed)
                    {
                        _bytes.Advance(n);
                        room = _bytes.Room(needed);
                        n = 0;
                    }
                    Copy(key, room, ref n);
                    if (!JsonCellWriter.TryQuote(text.Span, room, ref n))
                    {
                        _bytes.Advance(n - key.Length);
                        _cells.WriteText(key, text.Span); // text only Utf8JsonWriter escapes: rare
                        room = _bytes.Room(_rowBound);
                        n = 0;
                    }
                    break;
                case CellKind.Integer when column.Integer(row) is { } integer:
                    Copy(key, room, ref n);
                    JsonCellWriter.Integer(integer, room, ref n);
                    break;
                case CellKind.Number when column.Number(row) is { } number && double.IsFinite(number):
                    Copy(key, room, ref n);
                    JsonCellWriter.Number(number, room, ref n);
                    break;
                case CellKind.Boolean:
                    Copy(key, room, ref n);
                    Copy(column.Flag(row) ? "true"u8 : "false"u8, room, ref n);
                    break;
                case CellKind.Other when column.Other(row) is { } value:
                    _bytes.Advance(n);
                    _cells.Write(key, value);
                    room = _bytes.Room(_rowBound);
                    n = 0;
                    break;
                default:
                    Copy(_nullCells[c], room, ref n);
                    break;
            }
        }
        room[n++] = (byte)'}';
        _bytes.Advance(n);
    }

    private static void Copy(ReadOnlySpan<byte> bytes, Span<byte> room, ref int n)
    {
        bytes.CopyTo(room[n..]);
        n += bytes.Length;
    }

    /// <summary>The rows added since the last take, in a buffer rented from the shared pool; the encoder starts empty again.</summary>
    public EncodedRows Take()
    {
        if (_bytes.Length == 0) return EncodedRows.Empty;
        var (buffer, length) = _bytes.Detach();
        return new EncodedRows(buffer, length);
    }

    /// <summary>The CSV header line: the columns' keys.</summary>
    public static string CsvHeader(IReadOnlyList<Column<T>> columns) => string.Join(',', columns.Select(c => Quote(c.Key))) + "\n";

    /// <summary>The columns' keys, JSON-encoded once rather than per row.</summary>
    public static JsonEncodedText[] Keys(IReadOnlyList<Column<T>> columns) =>
        [.. columns.Select(c => JsonEncodedText.Encode(c.Key, JsonCellWriter.Options.Encoder))];

    /// <summary>One row as a JSON object, through <paramref name="json"/> (for one row printed indented).</summary>
    public static void WriteObject(Utf8JsonWriter json, T row, IReadOnlyList<Column<T>> columns, JsonEncodedText[] keys)
    {
        json.WriteStartObject();
        for (var c = 0; c < columns.Count; c++)
        {
            json.WritePropertyName(keys[c]);
            JsonCellWriter.WriteValue(json, columns[c].Value(row));
        }
        json.WriteEndObject();
    }

    private void AddCsv(T row)
    {
        for (var c = 0; c < _columns.Length; c++)
        {
            if (c > 0) _bytes.Append((byte)',');
            var field = Quote(RowWriter.Text(_columns[c].Value(row)));
            _bytes.Advance(Encoding.UTF8.GetBytes(field, _bytes.Room(Encoding.UTF8.GetMaxByteCount(field.Length))));
        }
        _bytes.Append((byte)'\n');
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny("\",\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"")}\"" : field;
}
