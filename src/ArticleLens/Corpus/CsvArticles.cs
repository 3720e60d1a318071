using System.Text;

namespace ArticleLens;

/// <summary>
/// Reads a CSV (or TSV) file with a header row: one article per record, its text from the text column. The text is the
/// field exactly as it stands in the file (inside its quotes, doubled quotes kept), so offsets stay exact.
/// </summary>
internal static class CsvArticles
{
    public static IEnumerable<Article> Read(TextReader reader, string path, CorpusOptions options, List<LoadProblem> problems, bool tabs)
    {
        var columns = options.Columns;
        string[]? header = null;
        int textColumn = -1, idColumn = -1, titleColumn = -1, dateColumn = -1;
        var delimiter = tabs ? '\t' : ',';
        var record = new StringBuilder();
        int recordOffset = 0, recordLine = 0, row = 0, headerLine = 0;
        bool inQuotes = false, atFieldStart = true;
        foreach (var line in new RecordLineReader(reader, options.MaxLineLength).ReadLines())
        {
            if (line.TooLong)
            {
                problems.Add(new LoadProblem(path, line.Number, $"line {line.Number} is longer than {options.MaxLineLength:N0} characters; the record is skipped"));
                record.Clear();
                (inQuotes, atFieldStart) = (false, true);
                continue;
            }
            if (record.Length == 0)
            {
                if (line.Content.IsWhiteSpace()) continue;
                recordOffset = line.Offset;
                recordLine = line.Number;
                if (header is null && !tabs) delimiter = CsvFields.Detect(line.Content);
            }
            record.Append(line.Text);
            if (record.Length > options.MaxLineLength)
            {
                problems.Add(new LoadProblem(path, recordLine, $"the record is longer than {options.MaxLineLength:N0} characters (is a quote left open?); the rest of the file is skipped"));
                yield break;
            }
            CsvFields.Follow(line.Text, delimiter, ref inQuotes, ref atFieldStart);
            if (inQuotes) continue; // a quoted field goes on on the next line
            var text = record.ToString();
            var fields = CsvFields.Split(text, text.Length - (line.Text.Length - line.ContentLength), delimiter);
            record.Clear();
            atFieldStart = true;
            if (fields is null) continue;

            if (header is null)
            {
                header = [.. fields.Select(f => f.Value(text).Trim())];
                headerLine = recordLine;
                textColumn = Find(header, columns.Text);
                idColumn = Find(header, columns.Id);
                titleColumn = Find(header, columns.Title);
                dateColumn = Find(header, columns.Date);
                if (textColumn < 0)
                {
                    problems.Add(new LoadProblem(path, recordLine,
                        $"no '{columns.Text}' column (the columns are {string.Join(", ", header.Select(h => $"'{h}'"))}); name the text column with --text-column"));
                    yield break;
                }
                continue;
            }

            row++;
            if (textColumn >= fields.Count)
            {
                problems.Add(new LoadProblem(path, recordLine, $"record {row} has {fields.Count} field(s), too few for the '{columns.Text}' column; the record is skipped"));
                continue;
            }
            var body = fields[textColumn];
            var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var f = 0; f < Math.Min(fields.Count, header.Length); f++)
                if (f != textColumn && header[f].Length > 0) metadata[header[f]] = fields[f].Value(text);
            var fieldsOf = new RecordFields(
                Text: text.Substring(body.Start, body.Length),
                Offset: recordOffset + body.Start,
                Line: recordLine + LineCounter.CountBreaks(text.AsSpan(0, body.Start)),
                RecordLine: recordLine,
                Row: row,
                Id: Value(fields, idColumn, text),
                Title: Value(fields, titleColumn, text),
                Date: Value(fields, dateColumn, text),
                Metadata: metadata);
            if (RecordArticle.Build(fieldsOf, path, columns, problems) is { } article)
                yield return article;
        }
        if (record.Length > 0)
            problems.Add(new LoadProblem(path, recordLine, "a quoted field is never closed; the last record is skipped"));
        else if (header is null)
            problems.Add(new LoadProblem(path, 0, "empty file (no header row)"));
        else if (row == 0)
            problems.Add(new LoadProblem(path, headerLine, "a header row and no records"));
    }

    private static int Find(string[] header, string name) => Array.FindIndex(header, h => h.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static string? Value(List<CsvField> fields, int column, string record) =>
        column >= 0 && column < fields.Count ? fields[column].Value(record) : null;
}
