namespace ArticleLens.Text;

/// <summary>
/// A hand-written, allocation-free scanner: enumerates the tokens of one stretch of text.
/// Markdown and HTML residue (<c>**</c>, <c>&lt;sup&gt;</c>, <c>\#</c>, link targets) is skipped like space.
/// Use it with <c>foreach</c>; see <see cref="Tokenizer"/> for the friendly entry points.
/// </summary>
public ref struct TokenScanner
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles =
        new HashSet<string>(["Mr", "Mrs", "Ms", "Dr", "Prof", "Jr", "Sr", "St", "Hon", "Rt", "Gen", "Sen", "Rep", "Gov", "Amb", "Lt", "Col", "Messrs"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly ReadOnlySpan<char> _text;
    private readonly int _end;
    private readonly int _sentence;
    private int _pos;

    /// <summary>Scans <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>; offsets index <paramref name="text"/>.</summary>
    public TokenScanner(ReadOnlySpan<char> text, int start, int end, int sentence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        _text = text;
        _pos = start;
        _end = end;
        _sentence = sentence;
        Current = default;
    }

    /// <summary>The token found by the last <see cref="MoveNext"/>.</summary>
    public Token Current { get; private set; }

    /// <summary>Lets <c>foreach</c> use the scanner directly.</summary>
    public readonly TokenScanner GetEnumerator() => this;

    /// <summary>Advances to the next token; false at the end.</summary>
    public bool MoveNext()
    {
        var s = _text;
        var end = _end;
        var i = _pos;
        while (true)
        {
            for (; i < end; i++)
            {
                var c = s[i];
                if (c < 128 ? c > ' ' && c != '\x7f' : !char.IsWhiteSpace(c) && !char.IsControl(c) && !CharClass.IsIgnorable(c))
                    break;
            }
            if (i >= end)
            {
                _pos = i;
                return false;
            }

            var first = s[i];
            var kind = first < 128 ? CharClass.Ascii[first] : (byte)0;
            if ((kind & CharClass.Digit) != 0)
                Current = ScanNumber(i);
            else if ((kind & CharClass.Letter) != 0)
                Current = PlainWord(i, out var upper) is var length and > 0
                    ? new Token(TokenKind.Word, i, length, _sentence, upper ? TokenFlags.NeedsNormalizing : TokenFlags.None, double.NaN)
                    : ScanWord(i, i, TokenFlags.None);
            else if (first >= 128 && (CharClass.IsLetter(first) || CharClass.IsLetterPair(s, i)))
                Current = ScanWord(i, i, TokenFlags.None);
            else if ((kind & CharClass.MarkupStart) != 0 && Markup.Length(s, i, end) is > 0 and var markup)
            {
                i += markup; // **bold**, <sup>, \#, [link](url): residue, not text
                continue;
            }
            else
                Current = ScanOther(i);
            _pos = Current.End;
            return true;
        }
    }

    private readonly Token ScanWord(int start, int i, TokenFlags flags)
    {
        var s = _text;
        var end = _end;
        var seen = 0; // the ASCII classes met, to flag upper case once
        while (true)
        {
            var segment = i;
            while (i < end)
            {
                var c = s[i];
                if (c < 128)
                {
                    var run = AsciiRun(s[i..end], ref seen);
                    if (run == 0) break;
                    i += run;
                }
                else if (CharClass.IsWordChar(c)) { flags |= TokenFlags.NeedsNormalizing; i++; }
                else if (CharClass.IsLetterPair(s, i)) { flags |= TokenFlags.NeedsNormalizing; i += 2; }
                else break;
            }
            if ((seen & CharClass.Upper) != 0) flags |= TokenFlags.NeedsNormalizing;
            if (i + 1 >= end) break;
            var joiner = s[i];
            if (joiner < 128 && (CharClass.Ascii[joiner] & CharClass.Joiner) == 0) break; // the usual end: a space or punctuation
            var next = s[i + 1];
            if (CharClass.IsApostrophe(joiner) && CharClass.IsLetter(next))
            {
                flags |= TokenFlags.Apostrophe | TokenFlags.NeedsNormalizing;
                i++;
            }
            else if (CharClass.IsHyphen(joiner) && CharClass.IsWordChar(next))
            {
                flags |= TokenFlags.Hyphenated | (joiner == '-' ? 0 : TokenFlags.NeedsNormalizing);
                i++;
            }
            else if (joiner == CharClass.SoftHyphen && AfterSoftHyphens(i) is var letter and > 0)
            {
                flags |= TokenFlags.NeedsNormalizing;
                i = letter;
            }
            else if (joiner == CharClass.NotSign && OcrContinuation(i + 1) is var resume and > 0)
            {
                flags |= TokenFlags.NeedsNormalizing;
                i = resume;
            }
            else if (joiner == '.' && i - segment == 1 && CharClass.IsLetter(s[segment]) && CharClass.IsLetter(next)
                     && (i + 2 >= _end || !CharClass.IsWordChar(s[i + 2])))
            {
                flags |= TokenFlags.Abbreviation | TokenFlags.NeedsNormalizing; // U.S
                i++;
            }
            else break;
        }

        if (i < _end && s[i] == '.')
        {
            var dotted = (flags & TokenFlags.Abbreviation) != 0 && i - 1 >= start && CharClass.IsLetter(s[i - 1])
                         && (i - 2 < start || s[i - 2] == '.');
            if (dotted || Titles.Contains(s[start..i]))
            {
                flags |= TokenFlags.Abbreviation | TokenFlags.NeedsNormalizing;
                i++;
            }
        }
        return new Token(TokenKind.Word, start, i - start, _sentence, flags, double.NaN);
    }

    /// <summary>
    /// The length of the plain ASCII word at <paramref name="start"/> (letters and digits, then the end or a character that joins
    /// nothing), or 0 when the word needs <see cref="ScanWord"/> (a hyphen, an apostrophe, a dot or a non-ASCII letter follows).
    /// </summary>
    private readonly int PlainWord(int start, out bool upper)
    {
        var seen = 0;
        var end = start + AsciiRun(_text[start.._end], ref seen);
        upper = (seen & CharClass.Upper) != 0;
        if (end == _end) return end - start;
        var next = _text[end];
        return next < 128 && (CharClass.Ascii[next] & CharClass.Joiner) == 0 ? end - start : 0;
    }

    /// <summary>
    /// Length of the run of ASCII letters and digits that starts <paramref name="s"/>; adds the classes met to <paramref name="seen"/>.
    /// Kept apart from <see cref="ScanWord"/> so this loop, where most of the text is read, runs in registers.
    /// </summary>
    private static int AsciiRun(ReadOnlySpan<char> s, ref int seen)
    {
        var classes = 0;
        var i = 0;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c >= 128) break;
            var k = CharClass.Ascii[c];
            if ((k & (CharClass.Letter | CharClass.Digit)) == 0) break;
            classes |= k;
        }
        seen |= classes;
        return i;
    }

    /// <summary>After a run of soft hyphens: the letter that continues the word, or 0.</summary>
    private readonly int AfterSoftHyphens(int i)
    {
        while (i < _end && _text[i] == CharClass.SoftHyphen) i++;
        return i < _end && CharClass.IsLetter(_text[i]) ? i : 0;
    }

    /// <summary>After an OCR "¬": skips a line break to the lower-case letter that continues the word, or returns 0.</summary>
    private readonly int OcrContinuation(int i)
    {
        var limit = Math.Min(_end, i + 4);
        while (i < limit && (_text[i] is '\r' or '\n' or ' '))
            i++;
        return i < _end && char.IsLower(_text[i]) ? i : 0;
    }

    private readonly Token ScanNumber(int start)
    {
        var s = _text;
        var i = start;
        long whole = 0;
        var digits = 0;
        while (i < _end && CharClass.IsDigit(s[i]))
        {
            whole = unchecked(whole * 10 + (s[i] - '0'));
            digits++;
            i++;
        }
        var flags = TokenFlags.None;
        if (digits <= 3)
        {
            // 1,200 and 50,000,000: groups of exactly three digits.
            while (i < _end && s[i] == ',' && IsDigitGroup(i + 1))
            {
                whole = whole * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
                digits += 3;
                flags |= TokenFlags.NeedsNormalizing;
                i += 4;
            }
        }
        double value = whole;
        if (i + 1 < _end && s[i] == '.' && CharClass.IsDigit(s[i + 1]))
        {
            var scale = 0.1;
            for (i++; i < _end && CharClass.IsDigit(s[i]); i++, scale /= 10)
                value += (s[i] - '0') * scale;
            value = Math.Round(value, 12);
        }
        else if (digits > 18)
        {
            value = double.Parse(s[start..i].ToString().Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
        }

        if (i < _end && s[i] == '<' && Markup.IsOrdinalSup(s, i, _end))
            return new Token(TokenKind.Number, start, i - start, _sentence, flags | TokenFlags.Ordinal, value); // 21<sup>st</sup>
        if (i < _end && CharClass.IsLetter(s[i]))
        {
            var j = i;
            while (j < _end && CharClass.IsAsciiLetter(s[j])) j++;
            var suffix = s[i..j];
            var afterOk = j >= _end || !CharClass.IsWordChar(s[j]);
            if (afterOk && IsOrdinalSuffix(suffix))
                return new Token(TokenKind.Number, start, j - start, _sentence, flags | TokenFlags.Ordinal | NormFlag(suffix), value);
            if (afterOk && suffix is "s")
                return new Token(TokenKind.Number, start, j - start, _sentence, flags, value); // the 1990s
            return ScanWord(start, i, flags); // 5G, 3D
        }
        if (i + 1 < _end && CharClass.IsHyphen(s[i]) && CharClass.IsLetter(s[i + 1]))
            return ScanWord(start, i, flags); // 50-year, 19-nation
        return new Token(TokenKind.Number, start, i - start, _sentence, flags, value);
    }

    private readonly bool IsDigitGroup(int i) =>
        i + 2 < _end && CharClass.IsDigit(_text[i]) && CharClass.IsDigit(_text[i + 1]) && CharClass.IsDigit(_text[i + 2])
        && (i + 3 >= _end || !CharClass.IsDigit(_text[i + 3]));

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> suffix) =>
        suffix.Length == 2 && (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                               || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase));

    private static TokenFlags NormFlag(ReadOnlySpan<char> suffix) =>
        CharClass.IsUpperAscii(suffix[0]) || CharClass.IsUpperAscii(suffix[1]) ? TokenFlags.NeedsNormalizing : TokenFlags.None;

    private readonly Token ScanOther(int start)
    {
        var s = _text;
        var c = s[start];
        if (char.IsHighSurrogate(c) && start + 1 < _end && char.IsLowSurrogate(s[start + 1]))
            return new Token(TokenKind.Symbol, start, 2, _sentence, TokenFlags.None, double.NaN);
        if (c == '.')
        {
            var i = start + 1;
            while (i < _end && s[i] == '.') i++;
            return new Token(TokenKind.Punctuation, start, i - start, _sentence, TokenFlags.None, double.NaN);
        }
        var kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
        return new Token(kind, start, 1, _sentence, TokenFlags.None, double.NaN);
    }
}
