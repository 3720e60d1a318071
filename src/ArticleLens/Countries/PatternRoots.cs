using System.Text;
using ArticleLens.Text;

namespace ArticleLens.Countries;

/// <summary>
/// The words that can start a gazetteer pattern, with the longest pattern (in terms) each can start. The matcher builds
/// the match stream only around tokens that hold one, so most of a text costs a probe per word instead of a normalised,
/// interned term. A probe is exact: two bit tables of word shapes (length with first and last letter, length with second
/// and second-to-last letter) reject most words before a span lookup; plain ASCII words are probed before normalising.
/// </summary>
internal sealed class PatternRoots
{
    private const int Letters = 27;
    private const int Shapes = 32 * Letters * Letters;
    private readonly Dictionary<string, int> _longest = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ulong[] _outer = new ulong[(Shapes + 63) / 64];
    private readonly ulong[] _inner = new ulong[(Shapes + 63) / 64];

    public PatternRoots(IEnumerable<Pattern> patterns)
    {
        _lookup = _longest.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var pattern in patterns)
        {
            var root = pattern.Terms[0];
            if (root.IsGlob) throw new ArgumentException($"A gazetteer form is literal text, not a glob: '{pattern.Text}'.");
            var form = root.CaseSensitive ? TextNormalizer.Normalize(root.Form) : root.Form;
            _longest[form] = Math.Max(_longest.GetValueOrDefault(form), pattern.Terms.Count);
            if (form.Length is > 0 and < 32)
            {
                Set(_outer, Outer(form));
                Set(_inner, Inner(form));
            }
            Longest = Math.Max(Longest, pattern.Terms.Count);
        }
    }

    /// <summary>The most terms any pattern has.</summary>
    public int Longest { get; }

    /// <summary>The most terms of a pattern that can start at a part of <paramref name="token"/>, or 0 when none can.</summary>
    public int Reach(string text, Token token, Span<char> buffer)
    {
        if (token.Kind != TokenKind.Word) return 0;
        var span = token.In(text);
        var flags = token.Flags & (TokenFlags.NeedsNormalizing | TokenFlags.Hyphenated);
        if (flags == 0) return Find(span);
        if (flags == TokenFlags.NeedsNormalizing && Ascii.IsValid(span))
        {
            // Normalising an ASCII word only folds its case: probe the shapes first, copy only when they fit.
            var word = WithoutPossessive(span);
            if (!Fits(word)) return 0;
            if (word.Length > buffer.Length) return Longest;
            Ascii.ToLower(word, buffer, out var length);
            return Find(buffer[..length]);
        }
        if (span.Length > buffer.Length) return Longest;
        span = buffer[..TextNormalizer.Normalize(span, token.Kind, buffer)];
        if ((token.Flags & TokenFlags.Hyphenated) == 0) return Find(span);
        var reach = 0;
        int start = 0, hyphen;
        while ((hyphen = span[start..].IndexOf('-')) >= 0)
        {
            reach = Math.Max(reach, Find(span.Slice(start, hyphen)));
            start += hyphen + 1;
        }
        return Math.Max(reach, Find(span[start..]));
    }

    private int Find(ReadOnlySpan<char> part)
    {
        part = WithoutPossessive(part);
        return Fits(part) && _lookup.TryGetValue(part, out var longest) ? longest : 0;
    }

    private bool Fits(ReadOnlySpan<char> part) =>
        part.Length >= 32 || (part.Length > 0 && IsSet(_outer, Outer(part)) && IsSet(_inner, Inner(part)));

    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> part) =>
        part.Length > 2 && part[^2] == '\'' && (part[^1] | 0x20) == 's' ? part[..^2] : part;

    /// <summary>A bit index for (length, first letter, last letter), letters folded to lower case.</summary>
    private static int Outer(ReadOnlySpan<char> form) => ((form.Length & 31) * Letters + Letter(form[0])) * Letters + Letter(form[^1]);

    /// <summary>A bit index for (length, second letter, second-to-last letter).</summary>
    private static int Inner(ReadOnlySpan<char> form) =>
        ((form.Length & 31) * Letters + Letter(form[Math.Min(1, form.Length - 1)])) * Letters + Letter(form[Math.Max(0, form.Length - 2)]);

    private static int Letter(char c) => char.IsAsciiLetter(c) ? (c | 0x20) - 'a' : 26;

    private static void Set(ulong[] bits, int index) => bits[index >> 6] |= 1UL << (index & 63);

    private static bool IsSet(ulong[] bits, int index) => (bits[index >> 6] & (1UL << (index & 63))) != 0;
}
