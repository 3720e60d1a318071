using System.Buffers;
using ArticleLens.Text;

namespace ArticleLens.Pledges;

/// <summary>
/// The cheap first pass: a sentence can carry a pledge only if it contains the longest word of some modal cue as a word
/// (a hyphen or an apostrophe may join it: the match stream splits those). One vectorised multi-string search per sentence
/// (case-insensitive) finds candidates; "supporting", "burgeoning" and "commitment" are not cues, so their sentences skip
/// tokenizing and parsing.
/// </summary>
internal static class CuePrefilter
{
    private static readonly string[] Words = [.. PledgeCues.Needles()];

    /// <summary>What is searched for: the words that do not start with another one ("commit" finds "committed" too).</summary>
    private static readonly SearchValues<string> Needles = SearchValues.Create(
        [.. Words.Where(w => !Words.Any(other => other != w && w.StartsWith(other, StringComparison.Ordinal)))], StringComparison.OrdinalIgnoreCase);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Exact =
        new HashSet<string>(Words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="sentence"/> may hold a modal cue.</summary>
    public static bool MayHoldCue(ReadOnlySpan<char> sentence)
    {
        var from = 0;
        while (sentence[from..].IndexOfAny(Needles) is var found and >= 0)
        {
            var start = from + found;
            var end = start;
            while (end < sentence.Length && CharClass.IsLetter(sentence[end])) end++;
            if (!EndsWord(sentence, start) && !StartsWordPart(sentence, end) && Exact.Contains(sentence[start..end])) return true;
            from = Math.Max(end, start + 1); // a needle inside this word would follow a letter
        }
        return false;
    }

    /// <summary>True when a word character (as the tokenizer reads them) ends just before <paramref name="i"/>.</summary>
    private static bool EndsWord(ReadOnlySpan<char> s, int i) =>
        i > 0 && (CharClass.IsWordChar(s[i - 1]) || (i >= 2 && CharClass.IsLetterPair(s, i - 2)));

    /// <summary>True when a word character (as the tokenizer reads them) starts at <paramref name="i"/>.</summary>
    private static bool StartsWordPart(ReadOnlySpan<char> s, int i) =>
        i < s.Length && (CharClass.IsWordChar(s[i]) || CharClass.IsLetterPair(s, i));
}
