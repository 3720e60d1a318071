using System.Globalization;

namespace ArticleLens;

/// <summary>Reads publication dates from metadata values and from file names such as <c>2021-06-13-carbis-bay.md</c>.</summary>
internal static class ArticleDates
{
    private static readonly string[] WrittenFormats =
        ["MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy/MM/dd", "yyyyMMdd"];

    /// <summary>
    /// A date at the start of <paramref name="value"/>: ISO (<c>2021-06-13</c>, with or without a time after it)
    /// or written out (<c>June 13, 2021</c>, <c>13 June 2021</c>).
    /// </summary>
    public static bool TryParse(string? value, out DateOnly date)
    {
        date = default;
        var text = value.AsSpan().Trim();
        if (text.IsEmpty) return false;
        if (text.Length >= 10 && IsIsoDate(text[..10]) && (text.Length == 10 || !char.IsDigit(text[10])))
            return DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        return DateOnly.TryParseExact(text, WrittenFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date);
    }

    /// <summary>The first valid <c>yyyy-MM-dd</c> (or <c>yyyy_MM_dd</c>) date from 1900 to 2099 in the file name of <paramref name="path"/>.</summary>
    public static DateOnly? FromFileName(string path)
    {
        var name = Path.GetFileName(path.AsSpan());
        Span<char> iso = stackalloc char[10];
        for (var i = name.IndexOfAnyInRange('1', '2'); i >= 0 && i + 10 <= name.Length; i++)
        {
            if ((i > 0 && char.IsAsciiDigit(name[i - 1])) || (i + 10 < name.Length && char.IsAsciiDigit(name[i + 10]))) continue;
            var candidate = name.Slice(i, 10);
            if (candidate[..2] is not ("19" or "20") || candidate[4] is not ('-' or '_') || candidate[7] != candidate[4]) continue;
            candidate.CopyTo(iso);
            iso[4] = iso[7] = '-';
            if (DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date;
        }
        return null;
    }

    /// <summary>Ten characters shaped like <c>2021-06-13</c>.</summary>
    private static bool IsIsoDate(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < 10; i++)
            if (i is 4 or 7 ? text[i] != '-' : !char.IsAsciiDigit(text[i])) return false;
        return true;
    }
}
