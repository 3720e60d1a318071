using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ArticleLens.Text;

/// <summary>Character tests for the tokenizer, with an ASCII fast path.</summary>
internal static class CharClass
{
    public const char SoftHyphen = '\u00AD';
    public const char NotSign = '\u00AC'; // OCR line-break hyphen: "sover¬eignty"

    /// <summary>Bits of <see cref="Ascii"/>.</summary>
    public const byte Letter = 1, Digit = 2, Space = 4, Upper = 8, MarkupStart = 16, Joiner = 32;

    /// <summary>Classes of the 128 ASCII characters (static data, no allocation, no bounds check after the &lt; 128 test).</summary>
    public static ReadOnlySpan<byte> Ascii =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 4, 4, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        4, 0, 0, 0, 0, 0, 0, 32, 0, 0, 16, 0, 0, 32, 32, 0,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 16, 0, 0, 0,
        0, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 16, 16, 16, 0, 16,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiLetter(char c) => c < 128 && (Ascii[c] & Letter) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpperAscii(char c) => (uint)(c - 'A') <= 'Z' - 'A';

    /// <summary>A character that may open Markdown or HTML residue (see <see cref="Markup"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsMarkupStart(char c) => c < 128 && (Ascii[c] & MarkupStart) != 0;

    /// <summary>Whitespace, including no-break and other Unicode spaces.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c < 128 ? (Ascii[c] & Space) != 0 : char.IsWhiteSpace(c);

    /// <summary>Letters and combining marks: what words are made of (one UTF-16 unit).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => c < 128 ? (Ascii[c] & (Letter | Digit)) != 0 : IsNonAsciiWordChar(c);

    /// <summary>A letter or mark, not a digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => c < 128 ? (Ascii[c] & Letter) != 0 : IsNonAsciiLetter(c);

    private static bool IsNonAsciiWordChar(char c) => IsNonAsciiLetter(c) || char.IsDigit(c);

    private static bool IsNonAsciiLetter(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark => c != '\u02BC', // modifier apostrophe joins words, it is not a letter
        _ => false,
    };

    /// <summary>True when a surrogate pair at <paramref name="i"/> encodes a letter.</summary>
    public static bool IsLetterPair(ReadOnlySpan<char> s, int i) =>
        i + 1 < s.Length && char.IsSurrogatePair(s[i], s[i + 1])
        && Rune.GetUnicodeCategory(new Rune(s[i], s[i + 1])) is UnicodeCategory.UppercaseLetter
            or UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.TitlecaseLetter;

    /// <summary>Apostrophes that join word parts: ' ’ ʼ, and ‘ (a left quote typed for an apostrophe: <c>China‘s</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018';

    /// <summary>Hyphens that join word parts: - ‐ ‑, and the en dash – between letters (<c>Asia–Pacific</c>); the em dash — separates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHyphen(char c) => c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';

    /// <summary>Characters that are invisible for tokenizing: format controls such as BOM and zero-width space.</summary>
    public static bool IsIgnorable(char c) => c >= 128 && char.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
