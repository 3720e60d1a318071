namespace ArticleLens;

/// <summary>The <c>China:</c> prefix of a title: one to three capitalised words, a colon, then the title itself.</summary>
internal static class CountryTag
{
    private const int MaxWords = 3;

    /// <summary>"China: Xi Jinping ..." gives ("China", "Xi Jinping ..."); a title without such a prefix gives (null, title).</summary>
    public static (string? Tag, string Title) Split(string title)
    {
        var colon = title.IndexOf(':');
        if (colon <= 0 || !IsTag(title.AsSpan(0, colon))) return (null, title);
        var rest = colon + 1;
        if (rest >= title.Length || title[rest] != ' ') return (null, title);
        while (rest < title.Length && title[rest] == ' ') rest++;
        return rest < title.Length && !char.IsWhiteSpace(title[rest]) && title.AsSpan(rest).IndexOfAny('\r', '\n') < 0
            ? (title[..colon], title[rest..])
            : (null, title);
    }

    /// <summary>Capitalised words (letters, apostrophes, periods, hyphens) separated by single spaces: "Hong Kong SAR", "U.S.".</summary>
    private static bool IsTag(ReadOnlySpan<char> tag)
    {
        var words = 0;
        var i = 0;
        while (true)
        {
            if (i >= tag.Length || !char.IsUpper(tag[i])) return false;
            i++;
            while (i < tag.Length && (char.IsLetter(tag[i]) || tag[i] is '\'' or '\u2019' or '.' or '-')) i++;
            if (++words > MaxWords) return false;
            if (i == tag.Length) return true;
            if (tag[i] != ' ') return false;
            i++;
        }
    }
}
