namespace ArticleLens.Cli.Output;

/// <summary>Wraps a table cell into lines that fit its column.</summary>
internal static class CellWrap
{
    /// <summary>
    /// Splits <paramref name="text"/> into lines of at most <paramref name="width"/> cells: at line breaks, else at the last
    /// space that fits (spaces at a break are dropped), else inside the word.
    /// </summary>
    public static void Split(ReadOnlySpan<char> text, int width, List<Segment> lines)
    {
        if (text.ContainsAnyExceptInRange(' ', '\u02FF')) SplitAny(text, width, lines);
        else SplitNarrow(text, width, lines);
    }

    /// <summary><see cref="Split"/> for text of one cell per char and no line break: a search for the last space per line.</summary>
    internal static void SplitNarrow(ReadOnlySpan<char> text, int width, List<Segment> lines)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (text.Length - i <= width)
            {
                lines.Add(new(i, text.Length - i, text.Length - i));
                return;
            }
            var space = text.Slice(i, width + 1).LastIndexOf(' '); // a space just past the width is a break too
            if (space > 0)
            {
                var end = i + space;
                while (end > i && text[end - 1] == ' ') end--;
                lines.Add(new(i, end - i, end - i));
                i += space;
            }
            else
            {
                lines.Add(new(i, width, width));
                i += width;
            }
            while (i < text.Length && text[i] == ' ') i++;
        }
    }

    /// <summary><see cref="Split"/> for any text: wide characters, combining marks, surrogate pairs, line breaks.</summary>
    internal static void SplitAny(ReadOnlySpan<char> text, int width, List<Segment> lines)
    {
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var used = 0;
            var space = -1; // the last space of this line, where it may break
            var usedAtSpace = 0;
            while (i < text.Length && text[i] != '\n')
            {
                var cell = CellWidth.At(text, i, out var length);
                if (text[i] == ' ') (space, usedAtSpace) = (i, used);
                if (used + cell > width) break;
                used += cell;
                i += length;
            }
            if (i == text.Length || text[i] == '\n')
            {
                lines.Add(new(start, i - start, used));
                if (i < text.Length) i++; // past the line break
                continue;
            }
            if (space > start) lines.Add(Trimmed(text, start, space, usedAtSpace, ref i));
            else if (i > start) lines.Add(new(start, i - start, used));
            else
            {
                var wide = CellWidth.At(text, i, out var length); // one character wider than the column: alone on its line
                lines.Add(new(i, length, wide));
                i += length;
            }
            while (i < text.Length && text[i] == ' ') i++;
        }
    }

    /// <summary>The line from <paramref name="start"/> to the space at <paramref name="space"/>, without trailing spaces.</summary>
    private static Segment Trimmed(ReadOnlySpan<char> text, int start, int space, int used, ref int i)
    {
        i = space;
        var end = space;
        while (end > start && text[end - 1] == ' ')
        {
            end--;
            used--;
        }
        return new(start, end - start, used);
    }

    /// <summary>One line of a wrapped cell: <see cref="Length"/> chars from <see cref="Start"/>, <see cref="Width"/> cells wide.</summary>
    internal readonly record struct Segment(int Start, int Length, int Width);
}
