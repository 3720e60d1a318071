namespace ArticleLens;

/// <summary>One CSV field: its raw span in the record (inside the quotes when quoted) and whether it was quoted.</summary>
internal readonly record struct CsvField(int Start, int Length, bool Quoted)
{
    /// <summary>The field's value: doubled quotes of a quoted field become one.</summary>
    public string Value(string record)
    {
        var raw = record.AsSpan(Start, Length);
        return Quoted && raw.Contains("\"\"", StringComparison.Ordinal) ? raw.ToString().Replace("\"\"", "\"") : raw.ToString();
    }
}

/// <summary>Splits a CSV record (RFC 4180: quoted fields may hold delimiters, line breaks and doubled quotes).</summary>
internal static class CsvFields
{
    /// <summary>
    /// The fields of <paramref name="record"/>[0..end), or null when a quoted field is still open at the end
    /// (the record goes on on the next line).
    /// </summary>
    public static List<CsvField>? Split(string record, int end, char delimiter)
    {
        var fields = new List<CsvField>();
        var i = 0;
        while (true)
        {
            if (i < end && record[i] == '"')
            {
                var start = i + 1;
                var j = start;
                while (true)
                {
                    var quote = record.AsSpan(j, end - j).IndexOf('"');
                    if (quote < 0) return null;
                    j += quote;
                    if (j + 1 < end && record[j + 1] == '"') { j += 2; continue; }
                    break;
                }
                fields.Add(new CsvField(start, j - start, true));
                i = j + 1;
                var next = record.AsSpan(i, end - i).IndexOf(delimiter); // tolerate text between the closing quote and the delimiter
                if (next < 0) return fields;
                i += next + 1;
            }
            else
            {
                var next = record.AsSpan(i, end - i).IndexOf(delimiter);
                fields.Add(new CsvField(i, next < 0 ? end - i : next, false));
                if (next < 0) return fields;
                i += next + 1;
            }
        }
    }

    /// <summary>
    /// Follows quoting through one more line of a record: <paramref name="inQuotes"/> is true while a quoted field is open
    /// (a quote opens a field only at its start; a quote inside an unquoted field is text).
    /// </summary>
    public static void Follow(ReadOnlySpan<char> line, char delimiter, ref bool inQuotes, ref bool atFieldStart)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (inQuotes)
            {
                if (c != '"') continue;
                if (i + 1 < line.Length && line[i + 1] == '"') i++;
                else inQuotes = false;
            }
            else if (c == delimiter || c is '\r' or '\n') atFieldStart = true;
            else
            {
                inQuotes = atFieldStart && c == '"';
                atFieldStart = false;
            }
        }
    }

    /// <summary>The delimiter of a header line: tab, semicolon or comma, whichever occurs most outside quotes (comma on a tie).</summary>
    public static char Detect(ReadOnlySpan<char> header)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in header)
        {
            if (c == '"') quoted = !quoted;
            else if (quoted) continue;
            else if (c == ',') commas++;
            else if (c == ';') semicolons++;
            else if (c == '\t') tabs++;
        }
        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }
}
