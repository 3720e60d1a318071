using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace ArticleLens.Cli.Output;

/// <summary>Writes rows as a table, CSV or JSON; CSV and JSON stream row by row.</summary>
internal static class RowWriter
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write<T>(IEnumerable<T> rows, IReadOnlyList<Column<T>> columns, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Json: WriteJson(rows, columns, output); break;
            case OutputFormat.Csv: WriteCsv(rows, columns, output); break;
            default: WriteTable(rows, columns, output); break;
        }
    }

    /// <summary>One row: a JSON object (not an array), or a two-column key/value table.</summary>
    public static void WriteSingle<T>(T row, IReadOnlyList<Column<T>> columns, OutputFormat format, TextWriter output)
    {
        if (format == OutputFormat.Json)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, JsonOptions with { Indented = true }))
                WriteObject(json, row, columns);
            output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }
        else if (format == OutputFormat.Csv) WriteCsv([row], columns, output);
        else
        {
            var table = new Table().HideHeaders().Border(TableBorder.Rounded).AddColumns("", "");
            foreach (var column in columns)
                table.AddRow(Markup.Escape(column.Key), Markup.Escape(Text(column.Value(row))));
            Console(output).Write(table);
        }
    }

    /// <summary>One JSON array, a row per line; rows are encoded into one buffer and written in chunks (one write per ~64 KB, not two per row).</summary>
    private static void WriteJson<T>(IEnumerable<T> rows, IReadOnlyList<Column<T>> columns, TextWriter output)
    {
        const int Chunk = 1 << 16;
        var bytes = new MemoryStream(Chunk + 4096);
        using var json = new Utf8JsonWriter(bytes, JsonOptions);
        var chars = new char[System.Text.Encoding.UTF8.GetMaxCharCount(Chunk + 4096)];
        var keys = columns.Select(c => JsonEncodedText.Encode(c.Key, JsonOptions.Encoder)).ToArray(); // encoded once, not per row
        output.Write('[');
        var first = true;
        foreach (var row in rows)
        {
            bytes.WriteByte((byte)(first ? '\n' : ','));
            if (!first) bytes.WriteByte((byte)'\n');
            json.Reset(bytes);
            WriteObject(json, row, columns, keys);
            json.Flush();
            first = false;
            if (bytes.Length >= Chunk) Drain(bytes, ref chars, output);
        }
        Drain(bytes, ref chars, output);
        output.WriteLine(first ? "]" : "\n]");
    }

    /// <summary>Writes the buffered UTF-8 bytes and empties the buffer: as bytes to a UTF-8 stream writer's stream, else as text.</summary>
    private static void Drain(MemoryStream bytes, ref char[] chars, TextWriter output)
    {
        if (bytes.Length == 0) return;
        var count = (int)bytes.Length;
        if (output is StreamWriter { Encoding: System.Text.UTF8Encoding utf8 } stream && utf8.Preamble.Length == 0)
        {
            stream.Flush();
            stream.BaseStream.Write(bytes.GetBuffer(), 0, count);
            bytes.SetLength(0);
            return;
        }
        if (chars.Length < count) chars = new char[System.Text.Encoding.UTF8.GetMaxCharCount(count)];
        var n = System.Text.Encoding.UTF8.GetChars(bytes.GetBuffer(), 0, count, chars, 0);
        output.Write(chars, 0, n);
        bytes.SetLength(0);
    }

    private static void WriteObject<T>(Utf8JsonWriter json, T row, IReadOnlyList<Column<T>> columns, JsonEncodedText[]? keys = null)
    {
        json.WriteStartObject();
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            if (keys is null) json.WritePropertyName(column.Key);
            else json.WritePropertyName(keys[c]);
            switch (column.Value(row))
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
                case var other: json.WriteStringValue(Text(other)); break;
            }
        }
        json.WriteEndObject();
    }

    private static void WriteCsv<T>(IEnumerable<T> rows, IReadOnlyList<Column<T>> columns, TextWriter output)
    {
        var text = new System.Text.StringBuilder(1 << 16);
        text.AppendJoin(',', columns.Select(c => Quote(c.Key))).Append('\n');
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
                text.Append(i == 0 ? "" : ",").Append(Quote(Text(columns[i].Value(row))));
            text.Append('\n');
            if (text.Length < 1 << 16) continue;
            output.Write(text);
            text.Clear();
        }
        output.Write(text);
    }

    private static void WriteTable<T>(IEnumerable<T> rows, IReadOnlyList<Column<T>> columns, TextWriter output)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns)
            table.AddColumn(new TableColumn(Markup.Escape(column.Key)));
        foreach (var row in rows)
            table.AddRow(columns.Select(c => Markup.Escape(Text(c.Value(row)))).ToArray());
        Console(output).Write(table);
    }

    /// <summary>A Spectre console on <paramref name="output"/>; wide when not a terminal so tables do not wrap needlessly.</summary>
    public static IAnsiConsole Console(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (System.Console.IsOutputRedirected || output != System.Console.Out) console.Profile.Width = 200;
        return console;
    }

    /// <summary>Invariant text of a cell value.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.######", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join("; ", list),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny("\",\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"")}\"" : field;
}
