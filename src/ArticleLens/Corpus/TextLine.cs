using System.Runtime.CompilerServices;

namespace ArticleLens;

/// <summary>A line of a text: its 0-based number within the text and the span of its content (terminator excluded).</summary>
internal readonly record struct TextLine(int Number, int Start, int End)
{
    public int Length => End - Start;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    /// <summary>The same line without leading and trailing whitespace (an empty span stays at <see cref="Start"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
        AddLines(text, lines, nonBlankTrimmed: false);
        return lines;
    }

    /// <summary>Adds the lines of <paramref name="text"/> to <paramref name="lines"/>, optionally only non-blank ones, trimmed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per line: skip tier-0 and PGO instrumentation
    public static void AddLines(string text, List<TextLine> lines, bool nonBlankTrimmed)
    {
        var span = text.AsSpan();
        var start = 0;
        var number = 0;
        while (start <= text.Length)
        {
            var found = span[start..].IndexOfAny('\r', '\n');
            var end = found < 0 ? text.Length : start + found;
            if (found >= 0 || start < text.Length)
            {
                var line = new TextLine(number, start, end);
                if (!nonBlankTrimmed) lines.Add(line);
                else if ((line = line.Trimmed(text)).Length > 0) lines.Add(line);
            }
            if (found < 0) return;
            number++;
            start = end + ArticleBlockReader.TerminatorLength(span[end..]);
        }
    }
}
