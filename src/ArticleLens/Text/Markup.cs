using System.Buffers;
using System.Text;

namespace ArticleLens.Text;

/// <summary>
/// Markdown and HTML residue that is not text: emphasis delimiters (<c>**bold**</c>, <c>_em_</c>), inline tags
/// (<c>&lt;sup&gt;</c>, <c>&lt;span style=...&gt;</c>, comments), backslash escapes (<c>\#</c>) and link syntax
/// (<c>[text](url)</c>, <c>&lt;https://...&gt;</c>). The scanner skips it as if it were space, so it never becomes a token or a term.
/// </summary>
internal static class Markup
{
    private const int MaxTag = 256, MaxComment = 1024, MaxLink = 2048;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InlineTags =
        new HashSet<string>(["a", "abbr", "b", "big", "br", "cite", "code", "del", "div", "em", "font", "hr", "i", "ins", "mark",
                "p", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "u"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Characters that can open markup: <c>* _ &lt; \ [ ]</c>.</summary>
    public static bool MayStart(char c) => c is '*' or '_' or '<' or '\\' or '[' or ']';

    /// <summary>Length of the markup starting at <paramref name="i"/> and ending before <paramref name="end"/>, or 0 when it is text.</summary>
    public static int Length(ReadOnlySpan<char> s, int i, int end) => s[i] switch
    {
        '*' or '_' => Emphasis(s, i, end),
        '<' => Tag(s, i, end),
        '\\' => i + 1 < end && IsEscapable(s[i + 1]) ? 1 : 0,
        '[' => LinkOpens(s, i, end) ? 1 : 0,
        ']' => LinkTarget(s, i, end),
        _ => 0,
    };

    /// <summary>True when <c>&lt;sup&gt;st&lt;/sup&gt;</c> (or nd, rd, th) starts at <paramref name="i"/>: an ordinal suffix in HTML.</summary>
    public static bool IsOrdinalSup(ReadOnlySpan<char> s, int i, int end) => OrdinalSupLength(s, i, end) > 0;

    /// <summary>A Markdown backslash escape (<c>\#</c>, <c>\.</c>, <c>\ </c>) or hard line break (backslash before a line break).</summary>
    private static bool IsEscapable(char c) => c is '\n' or '\r' || (c is >= ' ' and <= '~' && !char.IsAsciiLetterOrDigit(c));

    /// <summary>
    /// A run of <c>*</c> or <c>_</c>: emphasis (<c>**bold**</c>, <c>_em_</c>), a bullet or a footnote mark, never a word.
    /// Diplomatic text does not multiply with <c>*</c>.
    /// </summary>
    private static int Emphasis(ReadOnlySpan<char> s, int i, int end)
    {
        var j = i + 1;
        while (j < end && s[j] == s[i]) j++;
        return j - i;
    }

    private static int Tag(ReadOnlySpan<char> s, int i, int end)
    {
        if (s[i..end].StartsWith("<!--"))
        {
            var close = s[(i + 4)..Math.Min(end, i + MaxComment)].IndexOf("-->");
            return close < 0 ? 0 : close + 7;
        }
        if (i > 0 && CharClass.IsDigit(s[i - 1]) && OrdinalSupLength(s, i, end) is var ordinal and > 0)
            return ordinal;
        if (AutolinkLength(s, i, end) is var link and > 0)
            return link;
        var j = i + 1;
        if (j < end && s[j] == '/') j++;
        var name = j;
        while (j < end && char.IsAsciiLetterOrDigit(s[j])) j++;
        if (j == name || !InlineTags.Contains(s[name..j])) return 0;
        var limit = Math.Min(end, i + MaxTag);
        for (; j < limit; j++)
        {
            if (s[j] == '>') return j + 1 - i;
            if (s[j] is '<' or '\n' or '\r') return 0;
        }
        return 0;
    }

    /// <summary>A Markdown autolink: <c>&lt;https://www.state.gov/&gt;</c>.</summary>
    private static int AutolinkLength(ReadOnlySpan<char> s, int i, int end)
    {
        var rest = s[(i + 1)..Math.Min(end, i + MaxLink)];
        if (!rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            return 0;
        var close = rest.IndexOfAny('>', ' ', '\n');
        return close > 0 && rest[close] == '>' ? close + 2 : 0;
    }

    private static int OrdinalSupLength(ReadOnlySpan<char> s, int i, int end)
    {
        var rest = s[i..end];
        if (rest.Length < 13 || !rest.StartsWith("<sup>", StringComparison.OrdinalIgnoreCase)) return 0;
        var suffix = rest.Slice(5, 2);
        var ordinal = suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                      || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);
        return ordinal && rest[7..].StartsWith("</sup>", StringComparison.OrdinalIgnoreCase) ? 13 : 0;
    }

    /// <summary>A <c>[</c> whose <c>](</c> or <c>]{</c> follows on the same paragraph.</summary>
    private static bool LinkOpens(ReadOnlySpan<char> s, int i, int end)
    {
        var rest = s[(i + 1)..Math.Min(end, i + MaxTag)];
        var close = rest.IndexOfAny('[', ']');
        return close >= 0 && rest[close] == ']' && close + 1 < rest.Length && rest[close + 1] is '(' or '{';
    }

    /// <summary><c>](url)</c> or <c>]{.attributes}</c> after link text: skipped whole.</summary>
    private static int LinkTarget(ReadOnlySpan<char> s, int i, int end)
    {
        if (i + 1 >= end || s[i + 1] is not ('(' or '{')) return 0;
        var closer = s[i + 1] == '(' ? ')' : '}';
        var limit = Math.Min(end, i + MaxLink);
        for (var j = i + 2; j < limit; j++)
        {
            if (s[j] == closer) return j + 1 - i;
            if (CharClass.IsSpace(s[j]) && closer == ')') return 0;
        }
        return 0;
    }

    /// <summary>
    /// The text between two offsets as a reader sees it: on one line (line breaks and runs of spaces become one space) and
    /// without Markdown or HTML residue (<c>**</c>, <c>&lt;sup&gt;</c>, link syntax), which the tokenizer skips too.
    /// </summary>
    public static string Flatten(string text, int start, int end)
    {
        var span = text.AsSpan(start, Math.Max(end - start, 0));
        if (span.IsEmpty || IsPlain(span)) return span.ToString();
        var flat = new StringBuilder(Math.Max(end - start, 0));
        var space = false;
        for (var i = start; i < end;)
        {
            var c = text[i];
            if (CharClass.IsMarkupStart(c) && Markup.Length(text, i, text.Length) is > 0 and var markup)
            {
                if (i > 0 && CharClass.IsDigit(text[i - 1]) && Markup.IsOrdinalSup(text, i, text.Length))
                    flat.Append(text, i + 5, 2); // 21<sup>st</sup> reads 21st
                i += markup;
                continue;
            }
            i++;
            if (char.IsWhiteSpace(c))
            {
                space = flat.Length > 0;
                continue;
            }
            if (space) flat.Append(' ');
            space = false;
            flat.Append(c);
        }
        return flat.ToString();
    }

    /// <summary>Printable ASCII with single spaces inside, no markup character and no space at either end: already flat.</summary>
    private static bool IsPlain(ReadOnlySpan<char> span) =>
        span[0] != ' ' && span[^1] != ' ' && !span.ContainsAnyExceptInRange(' ', '~') && !span.ContainsAny(MarkupStarts)
        && !span.Contains("  ", StringComparison.Ordinal);

    private static readonly SearchValues<char> MarkupStarts = SearchValues.Create("*_<\\[]");
}
