using System.Globalization;
using ArticleLens.Text;

namespace ArticleLens.Pledges;

/// <summary>
/// Reads one number at a term: digits (<c>1,200</c>, <c>1.5</c>), digits with a scale suffix (<c>1.5bn</c>, <c>50m</c>),
/// number words (<c>five</c>, <c>twenty-five</c>), <c>a</c> before a scale word, then any scale words (<c>50 million</c>).
/// </summary>
internal static class NumberReader
{
    /// <summary>A number read: its digits' value, the product of its scale words, and its last term.</summary>
    public readonly record struct Reading(double Number, double Scale, int Last, bool IsWords)
    {
        public double Value => Number * Scale;
    }

    public static bool TryRead(SentenceView view, PledgeLexicon lexicon, int i, out Reading reading)
    {
        reading = default;
        if ((uint)i >= (uint)view.Count) return false;
        var token = view.TokenOf(i);
        var id = view.Id(i);
        double number;
        var last = i;
        var words = false;
        var scale = 1.0;
        if (token.Kind == TokenKind.Number)
        {
            if ((token.Flags & TokenFlags.Ordinal) != 0 || !view.IsWholeToken(i)) return false;
            if (view.Raw(i)[^1] is 's' or 'S') return false; // the 1990s
            number = token.NumericValue;
        }
        else if (token.Kind == TokenKind.Word && view.IsWholeToken(i) && char.IsAsciiDigit(view.Raw(i)[0]))
        {
            if (!TrySuffixed(view.Raw(i), out number, out scale)) return false;
        }
        else if (lexicon.Is(id, WordClass.NumberWord) && lexicon.TryValue(id, out number))
        {
            words = true;
            if (number >= 20 && view.SameToken(i, i + 1) && lexicon.TryValue(view.Id(i + 1), out var ones)
                && lexicon.Is(view.Id(i + 1), WordClass.NumberWord) && ones < 10)
            {
                number += ones; // twenty-five
                last = i + 1;
            }
            else if (!view.IsWholeToken(i)) return false; // five-year
        }
        else if ((view.Raw(i) is "a" or "A" or "an") && lexicon.Is(view.IdAt(i + 1), WordClass.Scale)
                 && view.Raw(i + 1) is not "hundred")
        {
            number = 1; // a million
            words = true;
        }
        else return false;

        while (last + 1 < view.Count && lexicon.Is(view.Id(last + 1), WordClass.Scale) && view.IsWholeToken(last + 1)
               && lexicon.TryValue(view.Id(last + 1), out var step))
        {
            scale *= step;
            last++;
        }
        reading = new Reading(number, scale, last, words);
        return true;
    }

    /// <summary>"1.5bn", "50m", "10k", "2tn": digits then a scale suffix.</summary>
    private static bool TrySuffixed(ReadOnlySpan<char> text, out double number, out double scale)
    {
        number = 0;
        scale = 1;
        var digits = 0;
        while (digits < text.Length && (char.IsAsciiDigit(text[digits]) || text[digits] is '.' or ',')) digits++;
        var suffix = text[digits..];
        scale = suffix.ToString().ToLowerInvariant() switch
        {
            "k" => 1e3,
            "m" or "mn" or "mln" => 1e6,
            "b" or "bn" or "bln" => 1e9,
            "tn" or "trn" => 1e12,
            _ => 0,
        };
        return scale > 0 && double.TryParse(text[..digits].ToString().Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }
}
