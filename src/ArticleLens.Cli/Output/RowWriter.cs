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

    private static void WriteJson<T>(IEnumerable<T> rows, IReadOnlyList<Column<T>> columns, TextWriter output)
    {
        using var stream = new MemoryStream();
        output.Write('[');
        var first = true;
        foreach (var row in rows)
        {
            stream.SetLength(0);
            using (var json = new Utf8JsonWriter(stream, JsonOptions))
                WriteObject(json, row, columns);
            output.Write(first ? "\n" : ",\n");
            output.Write(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
            first = false;
        }
        output.WriteLine(first ? "]" : "\n]");
    }

    private static void WriteObject<T>(Utf8JsonWriter json, T row, IReadOnlyList<Column<T>> columns)
    {
        json.WriteStartObject();
        foreach (var column in columns)
        {
            json.WritePropertyName(column.Key);
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
        output.WriteLine(string.Join(',', columns.Select(c => Quote(c.Key))));
        foreach (var row in rows)
            output.WriteLine(string.Join(',', columns.Select(c => Quote(Text(c.Value(row))))));
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
