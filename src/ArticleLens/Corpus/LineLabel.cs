using System.Runtime.CompilerServices;
using ArticleLens.Text;

namespace ArticleLens;

/// <summary>What opens a line before its text: a bullet, a list or paragraph number, a Markdown heading or quote marker.</summary>
internal enum LabelKind : byte { None, Bullet, Number, Heading, Quote }

/// <summary>A line's leading label (<c>-   </c>, <c>1.  </c>, <c>17\. </c>, <c>(a) </c>, <c>II. </c>, <c>## </c>) and the space after it.</summary>
/// <param name="Kind">What the label is.</param>
/// <param name="Length">Characters to skip, the space after the label included.</param>
/// <param name="Escaped">True for a Markdown-escaped number (<c>17\.</c>): text that looks like a list, not a list.</param>
internal readonly record struct LineLabel(LabelKind Kind, int Length, bool Escaped)
{
    /// <summary>The label at the start of <paramref name="line"/> (already trimmed), or a label of kind None.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per line: skip tier-0 and PGO instrumentation
    public static LineLabel Of(ReadOnlySpan<char> line)
    {
        if (line.Length > 1 && char.IsAsciiLetterUpper(line[0]) && char.IsAsciiLetterLower(line[1]))
            return default; // "President ...": the common case, no label can start like this
        var bare = Bare(line);
        if (bare.Kind != LabelKind.None) return bare;
        var markup = 0; // **II. Democracy**, **<u>A. TOWARD...</u>**: a number inside emphasis
        while (markup < line.Length && CharClass.IsMarkupStart(line[markup]) && Markup.Length(line, markup, line.Length) is > 0 and var length)
            markup += length;
        if (markup == 0) return default;
        var label = Bare(line[markup..]);
        return label.Kind == LabelKind.Number ? label with { Length = label.Length + markup } : default;
    }

    private static LineLabel Bare(ReadOnlySpan<char> line)
    {
        if (line.Length < 2) return default;
        var c = line[0];
        if (char.IsLetter(c) && char.IsLetter(line[1])) return Roman(line); // the common case: a word
        if (c is '-' or '*' or '+' or '\u2022' or '\u00B7' or '\u25AA' or '\u25E6' or '\u2023' or '\u2013' or '\u2014')
            return Spaced(line, 1, LabelKind.Bullet, false);
        if (c == '#')
        {
            var hashes = 1;
            while (hashes < line.Length && hashes <= 6 && line[hashes] == '#') hashes++;
            return Spaced(line, hashes, LabelKind.Heading, false);
        }
        if (c == '>') return Spaced(line, 1, LabelKind.Quote, false);
        var open = c == '(' ? 1 : 0;
        var i = open;
        while (i < line.Length && i - open < 4 && char.IsAsciiDigit(line[i])) i++;
        if (i == open && i < line.Length && char.IsAsciiLetter(line[i])) i++; // (a) A.
        return i > open ? Closed(line, open, i) : default;
    }

    /// <summary>Roman numerals: <c>II. </c>, <c>iv) </c> (I, V, X, L, C, one case, at most five).</summary>
    private static LineLabel Roman(ReadOnlySpan<char> line)
    {
        var upper = char.IsUpper(line[0]);
        var i = 0;
        while (i < line.Length && i < 6 && (upper ? "IVXLC" : "ivxlc").Contains(line[i])) i++;
        return i is > 0 and <= 5 ? Closed(line, 0, i) : default;
    }

    private static LineLabel Closed(ReadOnlySpan<char> line, int open, int i)
    {
        var escaped = i < line.Length && line[i] == '\\';
        if (escaped) i++;
        if (i >= line.Length) return default;
        var closer = line[i];
        if (open == 1 ? closer != ')' : closer is not ('.' or ')')) return default;
        return Spaced(line, i + 1, LabelKind.Number, escaped);
    }

    private static LineLabel Spaced(ReadOnlySpan<char> line, int length, LabelKind kind, bool escaped)
    {
        var i = length;
        while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
        return i > length && i < line.Length ? new LineLabel(kind, i, escaped) : default;
    }
}
