using System.Globalization;

namespace ArticleLens.Cli.Output;

/// <summary>
/// How many terminal cells text takes: two for East Asian wide and full-width characters, none for combining marks and
/// format characters, one otherwise (the common cases of wcwidth).
/// </summary>
internal static class CellWidth
{
    /// <summary>The width of <paramref name="text"/> as one line.</summary>
    public static int Of(ReadOnlySpan<char> text)
    {
        var width = 0;
        for (var i = 0; i < text.Length;)
        {
            width += At(text, i, out var length);
            i += length;
        }
        return width;
    }

    /// <summary>The width of the widest of the lines of <paramref name="text"/> (split at <c>\n</c> only, as <see cref="CellWrap"/> does).</summary>
    public static int Widest(ReadOnlySpan<char> text)
    {
        var widest = 0;
        foreach (var line in text.Split('\n')) widest = Math.Max(widest, Of(text[line]));
        return widest;
    }

    /// <summary>The width of the character at <paramref name="i"/>, and how many chars it takes (two for a surrogate pair).</summary>
    public static int At(ReadOnlySpan<char> text, int i, out int length)
    {
        var c = text[i];
        length = 1;
        if (c < 0x300) return 1;
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            length = 2;
            return OfScalar(char.ConvertToUtf32(c, text[i + 1]));
        }
        return char.IsSurrogate(c) ? 1 : OfScalar(c);
    }

    private static int OfScalar(int scalar)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(scalar))
        {
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format: return 0;
        }
        return scalar is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0x303E or >= 0x3041 and <= 0x33FF or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF or >= 0xA000 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x1F300 and <= 0x1F64F
            or >= 0x1F900 and <= 0x1F9FF or >= 0x20000 and <= 0x3FFFD
            ? 2
            : 1;
    }
}
