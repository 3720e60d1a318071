using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ArticleLens;

/// <summary>
/// Reads JSON Lines: one object per line, one article per object, its text from the text property. Offsets index the
/// text as decoded from its JSON string: exact file offsets when the string has no escapes (<c>\n</c>, <c>\"</c>,
/// <c>\u2019</c>), and counted from the string's start when it has.
/// </summary>
internal static class JsonLinesArticles
{
    public static IEnumerable<Article> Read(TextReader reader, string path, CorpusOptions options, List<LoadProblem> problems)
    {
        var columns = options.Columns;
        var row = 0;
        var any = false;
        foreach (var line in new RecordLineReader(reader, options.MaxLineLength).ReadLines())
        {
            if (line.TooLong)
            {
                problems.Add(new LoadProblem(path, line.Number, $"line {line.Number} is longer than {options.MaxLineLength:N0} characters; the record is skipped"));
                any = true;
                continue;
            }
            if (line.Content.IsWhiteSpace()) continue;
            any = true;
            row++;
            var (record, reason) = Parse(line, row, columns);
            if (reason is not null)
                problems.Add(new LoadProblem(path, line.Number, $"record {row}: {reason}; the record is skipped"));
            else if (RecordArticle.Build(record!, path, columns, problems) is { } article)
                yield return article;
        }
        if (!any)
            problems.Add(new LoadProblem(path, 0, "empty file (only whitespace)"));
    }

    private static (RecordFields? Record, string? Reason) Parse(RecordLine line, int row, RecordColumns columns)
    {
        var content = line.Content;
        var bytes = Encoding.UTF8.GetBytes(content.ToString());
        var json = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        string? text = null, id = null, title = null, date = null;
        var textOffset = 0;
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
                return (null, "not a JSON object");
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                var name = json.GetString()!;
                json.Read();
                if (name.Equals(columns.Text, StringComparison.OrdinalIgnoreCase))
                {
                    if (json.TokenType != JsonTokenType.String)
                        return (null, $"'{columns.Text}' is {json.TokenType.ToString().ToLowerInvariant()}, not a string");
                    text = json.GetString();
                    textOffset = Encoding.UTF8.GetCharCount(bytes.AsSpan(0, (int)json.TokenStartIndex + 1));
                    continue;
                }
                var value = Scalar(ref json);
                if (name.Equals(columns.Id, StringComparison.OrdinalIgnoreCase)) id = value;
                else if (name.Equals(columns.Title, StringComparison.OrdinalIgnoreCase)) title = value;
                else if (name.Equals(columns.Date, StringComparison.OrdinalIgnoreCase)) date = value;
                metadata[name] = value ?? "";
            }
            if (json.TokenType != JsonTokenType.EndObject || json.Read())
                return (null, "text after the JSON object");
        }
        catch (JsonException e)
        {
            return (null, $"not valid JSON ({e.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.', ' ')})");
        }
        if (text is null) return (null, $"no '{columns.Text}' property (name it with --text-column)");
        var breaks = LineCounter.CountBreaks(content[..textOffset]);
        return (new RecordFields(text, line.Offset + textOffset, line.Number + breaks, line.Number, row, id, title, date, metadata), null);
    }

    /// <summary>A value as text: strings as they are, numbers and booleans as written, objects and arrays as JSON.</summary>
    private static string? Scalar(ref Utf8JsonReader json)
    {
        switch (json.TokenType)
        {
            case JsonTokenType.String: return json.GetString();
            case JsonTokenType.Null: return null;
            case JsonTokenType.Number: return json.TryGetInt64(out var n) ? n.ToString(CultureInfo.InvariantCulture) : json.GetDouble().ToString(CultureInfo.InvariantCulture);
            case JsonTokenType.True or JsonTokenType.False: return json.GetBoolean() ? "true" : "false";
            default:
                using (var document = JsonDocument.ParseValue(ref json))
                    return document.RootElement.GetRawText();
        }
    }
}
