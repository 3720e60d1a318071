using System.Globalization;
using System.Text.Json;

namespace ArticleLens.Cli.Output;

/// <summary>Writes rows as a table, CSV or JSON, streamed: tables by <see cref="TableWriter"/>, CSV and JSON encoded by <see cref="RowEncoder{T}"/>.</summary>
internal static class RowWriter
{
    public static void Write<T>(IEnumerable<T> rows, IReadOnlyList<Column<T>> columns, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Json or OutputFormat.Csv: WriteEncoded(Encode(rows, new RowEncoder<T>(columns, format)), columns, format, output); break;
            default: TableWriter.Write(rows, columns, output); break;
        }
    }

    /// <summary>One row: a JSON object (not an array), or a two-column key/value table.</summary>
    public static void WriteSingle<T>(T row, IReadOnlyList<Column<T>> columns, OutputFormat format, TextWriter output)
    {
        if (format == OutputFormat.Json)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, JsonCellWriter.Options with { Indented = true }))
                RowEncoder<T>.WriteObject(json, row, columns, RowEncoder<T>.Keys(columns));
            output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }
        else if (format == OutputFormat.Csv) Write([row], columns, format, output);
        else
        {
            Column<Column<T>>[] pair = [new("key", c => c.Key), new("value", c => Text(c.Value(row)))];
            TableWriter.Write(columns, pair, output, header: false);
        }
    }

    /// <summary>
    /// Prints rows encoded by <see cref="RowEncoder{T}"/> (JSON or CSV, chunk by chunk in order) with the array's brackets or the
    /// header line, and returns each chunk's buffer to the pool. Bytes go straight to a UTF-8 stream writer's stream.
    /// </summary>
    public static void WriteEncoded<T>(IEnumerable<EncodedRows> chunks, IReadOnlyList<Column<T>> columns, OutputFormat format, TextWriter output)
    {
        var json = format == OutputFormat.Json;
        if (json) output.Write('[');
        else output.Write(RowEncoder<T>.CsvHeader(columns));
        var first = true;
        var chars = Array.Empty<char>();
        foreach (var chunk in chunks)
        {
            try
            {
                if (chunk.Length == 0) continue;
                Print(json && first ? chunk.Bytes[1..] : chunk.Bytes, ref chars, output); // the first row has no comma before it
                first = false;
            }
            finally
            {
                chunk.Return();
            }
        }
        if (json) output.WriteLine(first ? "]" : "\n]");
    }

    /// <summary>Rows encoded on the calling thread, in chunks of about 64 KB (one write each, not two per row).</summary>
    private static IEnumerable<EncodedRows> Encode<T>(IEnumerable<T> rows, RowEncoder<T> encoder)
    {
        const int Chunk = 1 << 16;
        foreach (var row in rows)
        {
            encoder.Add(row);
            if (encoder.Length >= Chunk) yield return encoder.Take();
        }
        yield return encoder.Take();
    }

    /// <summary>Prints encoded rows and returns their buffer to the pool.</summary>
    public static void Print(EncodedRows rows, TextWriter output)
    {
        try
        {
            var chars = Array.Empty<char>();
            Print(rows.Bytes, ref chars, output);
        }
        finally
        {
            rows.Return();
        }
    }

    /// <summary>Writes UTF-8 bytes: as bytes to a UTF-8 stream writer's stream (after flushing its text), else as text.</summary>
    private static void Print(ReadOnlySpan<byte> bytes, ref char[] chars, TextWriter output)
    {
        if (output is StreamWriter { Encoding: System.Text.UTF8Encoding utf8 } stream && utf8.Preamble.Length == 0)
        {
            stream.Flush();
            stream.BaseStream.Write(bytes);
            return;
        }
        if (chars.Length < bytes.Length) chars = new char[System.Text.Encoding.UTF8.GetMaxCharCount(bytes.Length)];
        var n = System.Text.Encoding.UTF8.GetChars(bytes, chars);
        output.Write(chars, 0, n);
    }

    /// <summary>Invariant text of a cell value.</summary>
    public static string Text(object? value) => value switch
    {
        string text => text,
        null => "",
        double d => d.ToString("0.######", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join("; ", list),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
