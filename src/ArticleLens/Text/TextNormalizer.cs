namespace ArticleLens.Text;

/// <summary>
/// The normalised form used for counting and matching: case-folded, apostrophes and hyphens (and en dashes) unified,
/// soft and OCR line-break hyphens removed, thousands separators dropped from numbers.
/// Offsets never move: normalising writes a new span, the text stays as decoded.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Writes the normalised form of <paramref name="token"/> into <paramref name="destination"/> (at least as long) and returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> token, TokenKind kind, Span<char> destination)
    {
        var n = 0; // one scalar pass: tokens are short, and vectorised lower-casing costs more to set up than it saves
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (c < 128)
            {
                if (c == ',' && kind == TokenKind.Number) continue;
                destination[n++] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
                continue;
            }
            switch (c)
            {
                case '\u2019' or '\u2018' or '\u02BC':
                    destination[n++] = '\'';
                    break;
                case '\u2010' or '\u2011' or '\u2013':
                    destination[n++] = '-';
                    break;
                case CharClass.SoftHyphen:
                    break;
                case CharClass.NotSign:
                    while (i + 1 < token.Length && CharClass.IsSpace(token[i + 1])) i++;
                    break;
                default:
                    destination[n++] = char.ToLowerInvariant(c);
                    break;
            }
        }
        return n;
    }

    /// <summary>The normalised form as a string (allocates; for display and tests, not hot loops).</summary>
    public static string Normalize(ReadOnlySpan<char> token, TokenKind kind = TokenKind.Word)
    {
        Span<char> buffer = token.Length <= 256 ? stackalloc char[token.Length] : new char[token.Length];
        return new string(buffer[..Normalize(token, kind, buffer)]);
    }
}
