using System.Globalization;
using System.Text.RegularExpressions;

namespace ArticleLens;

/// <summary>Reads publication dates from metadata values and from file names such as <c>2021-06-13-carbis-bay.md</c>.</summary>
internal static partial class ArticleDates
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
        if (text.Length >= 10 && IsoPrefix().IsMatch(text[..10]) && (text.Length == 10 || !char.IsDigit(text[10])))
            return DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        return DateOnly.TryParseExact(text, WrittenFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date);
    }

    /// <summary>The first valid <c>yyyy-MM-dd</c> (or <c>yyyy_MM_dd</c>) date in the file name of <paramref name="path"/>.</summary>
    public static DateOnly? FromFileName(string path)
    {
        foreach (Match match in FileNameDate().Matches(Path.GetFileName(path)))
        {
            if (DateOnly.TryParseExact($"{match.Groups[1].Value}-{match.Groups[2].Value}-{match.Groups[3].Value}", "yyyy-MM-dd",
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date;
        }
        return null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoPrefix();

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})[-_](\d{2})[-_](\d{2})(?!\d)")]
    private static partial Regex FileNameDate();
}
