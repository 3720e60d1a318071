namespace ArticleLens;

/// <summary>A line of a text: its 0-based number within the text and the span of its content (terminator excluded).</summary>
internal readonly record struct TextLine(int Number, int Start, int End)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    /// <summary>The same line without leading and trailing whitespace (an empty span stays at <see cref="Start"/>).</summary>
    public TextLine Trimmed(string text)
    {
        var span = In(text);
        var lead = span.Length - span.TrimStart().Length;
        var trail = span.Length - span.TrimEnd().Length;
        return lead == span.Length ? this with { End = Start } : this with { Start = Start + lead, End = End - trail };
    }

    /// <summary>Every line of <paramref name="text"/>; CRLF, LF CR, LF and bare CR each end one line.</summary>
    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var span = text.AsSpan();
        var start = 0;
        while (true)
        {
            var found = span[start..].IndexOfAny('\r', '\n');
            if (found < 0)
            {
                if (start < text.Length) lines.Add(new TextLine(lines.Count, start, text.Length));
                return lines;
            }
            var end = start + found;
            lines.Add(new TextLine(lines.Count, start, end));
            start = end + ArticleBlockReader.TerminatorLength(span[end..]);
        }
    }
}
