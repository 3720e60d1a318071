using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ArticleLens.Cli.Output;

/// <summary>
/// Encodes rows as the UTF-8 bytes <see cref="RowWriter"/> prints for them: a JSON row as <c>,\n{...}</c> (the writer drops the
/// first comma and adds the brackets), a CSV row as one line. Not thread-safe: give each worker thread its own encoder, so rows
/// are encoded where they are found and the printing thread only copies bytes.
/// </summary>
internal sealed class RowEncoder<T>
{
    /// <summary>JSON as the CLI prints it: non-ASCII text kept as is, only what JSON requires escaped.</summary>
    public static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly IReadOnlyList<Column<T>> _columns;
    private readonly ArrayBufferWriter<byte> _bytes = new(1 << 16);
    private readonly Utf8JsonWriter? _json;
    private readonly JsonEncodedText[] _keys;

    /// <summary>An encoder of <paramref name="columns"/> as JSON or CSV.</summary>
    public RowEncoder(IReadOnlyList<Column<T>> columns, OutputFormat format)
    {
        if (format is not (OutputFormat.Json or OutputFormat.Csv))
            throw new ArgumentOutOfRangeException(nameof(format), format, "Only JSON and CSV rows are encoded.");
        _columns = columns;
        _keys = format == OutputFormat.Json ? Keys(columns) : [];
        _json = format == OutputFormat.Json ? new Utf8JsonWriter(_bytes, JsonOptions with { SkipValidation = true }) : null;
    }

    /// <summary>Number of bytes encoded and not yet taken.</summary>
    public int Length => _bytes.WrittenCount;

    /// <summary>Appends one row.</summary>
    public void Add(T row)
    {
        if (_json is null)
        {
            AddCsv(row);
            return;
        }
        _bytes.Write(",\n"u8);
        _json.Reset(_bytes);
        WriteObject(_json, row, _columns, _keys);
        _json.Flush();
    }

    /// <summary>The rows added since the last take, in a buffer rented from the shared pool; the encoder starts empty again.</summary>
    public EncodedRows Take()
    {
        if (_bytes.WrittenCount == 0) return EncodedRows.Empty;
        var buffer = ArrayPool<byte>.Shared.Rent(_bytes.WrittenCount);
        _bytes.WrittenSpan.CopyTo(buffer);
        var rows = new EncodedRows(buffer, _bytes.WrittenCount);
        _bytes.ResetWrittenCount();
        return rows;
    }

    /// <summary>The CSV header line: the columns' keys.</summary>
    public static string CsvHeader(IReadOnlyList<Column<T>> columns) => string.Join(',', columns.Select(c => Quote(c.Key))) + "\n";

    /// <summary>The columns' keys, JSON-encoded once rather than per row.</summary>
    public static JsonEncodedText[] Keys(IReadOnlyList<Column<T>> columns) =>
        [.. columns.Select(c => JsonEncodedText.Encode(c.Key, JsonOptions.Encoder))];

    /// <summary>One row as a JSON object.</summary>
    public static void WriteObject(Utf8JsonWriter json, T row, IReadOnlyList<Column<T>> columns, JsonEncodedText[] keys)
    {
        json.WriteStartObject();
        for (var c = 0; c < columns.Count; c++)
        {
            json.WritePropertyName(keys[c]);
            switch (columns[c].Value(row))
            {
                case null: json.WriteNullValue(); break;
                case bool b: json.WriteBooleanValue(b); break;
                case int i: json.WriteNumberValue(i); break;
                case long l: json.WriteNumberValue(l); break;
                case double d when double.IsFinite(d): json.WriteNumberValue(Math.Round(d, 6)); break;
                case double: json.WriteNullValue(); break;
                case decimal m: json.WriteNumberValue(m); break;
                case IEnumerable<string> list:
                    json.WriteStartArray();
                    foreach (var item in list) json.WriteStringValue(item);
                    json.WriteEndArray();
                    break;
                case var other: json.WriteStringValue(RowWriter.Text(other)); break;
            }
        }
        json.WriteEndObject();
    }

    private void AddCsv(T row)
    {
        for (var c = 0; c < _columns.Count; c++)
        {
            if (c > 0) _bytes.Write(","u8);
            var field = Quote(RowWriter.Text(_columns[c].Value(row)));
            var written = Encoding.UTF8.GetBytes(field, _bytes.GetSpan(Encoding.UTF8.GetMaxByteCount(field.Length)));
            _bytes.Advance(written);
        }
        _bytes.Write("\n"u8);
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny("\",\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"")}\"" : field;
}
