using ArticleLens.Text;

namespace ArticleLens.Countries;

/// <summary>
/// The words that can start a gazetteer pattern, with the longest pattern (in terms) each can start. The matcher builds
/// the match stream only around tokens that hold one, so most of a text costs a table probe per word instead of a
/// normalised, interned term. A probe is exact: a (length, first, last letter) bit table first, then a span lookup.
/// </summary>
internal sealed class PatternRoots
{
    private const int Letters = 27;
    private readonly Dictionary<string, int> _longest = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ulong[] _shapes = new ulong[(32 * Letters * Letters + 63) / 64];

    public PatternRoots(IEnumerable<Pattern> patterns)
    {
        _lookup = _longest.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var pattern in patterns)
        {
            var root = pattern.Terms[0];
            if (root.IsGlob) throw new ArgumentException($"A gazetteer form is literal text, not a glob: '{pattern.Text}'.");
            var form = root.CaseSensitive ? TextNormalizer.Normalize(root.Form) : root.Form;
            _longest[form] = Math.Max(_longest.GetValueOrDefault(form), pattern.Terms.Count);
            if (Shape(form) is var shape and >= 0) _shapes[shape >> 6] |= 1UL << (shape & 63);
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
        if ((token.Flags & TokenFlags.NeedsNormalizing) != 0)
        {
            if (span.Length > buffer.Length) return Longest;
            span = buffer[..TextNormalizer.Normalize(span, token.Kind, buffer)];
        }
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
        if (part.Length > 2 && part[^2] == '\'' && part[^1] == 's') part = part[..^2];
        var shape = Shape(part);
        if (shape >= 0 && (_shapes[shape >> 6] & (1UL << (shape & 63))) == 0) return 0;
        return _lookup.TryGetValue(part, out var longest) ? longest : 0;
    }

    /// <summary>A bit index for (length, first letter, last letter), or -1 for a form too long or empty to index.</summary>
    private static int Shape(ReadOnlySpan<char> form) =>
        form.Length is 0 or > 31 ? -1 : ((form.Length * Letters) + Letter(form[0])) * Letters + Letter(form[^1]);

    private static int Letter(char c) => (uint)(c - 'a') < 26 ? c - 'a' : 26;
}
