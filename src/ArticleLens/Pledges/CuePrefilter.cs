using System.Buffers;
using System.Text;
using ArticleLens.Text;

namespace ArticleLens.Pledges;

/// <summary>
/// The cheap first pass: a sentence can carry a pledge only if it holds a modal cue's longest word as a word (a hyphen or an
/// apostrophe may join it: the match stream splits those), followed by the cue's next word ("ready" then "to"). One
/// vectorised multi-string search per sentence (case-insensitive) finds candidates; "supporting", "burgeoning", "the
/// development plan" and "the needs of" are not cues, so their sentences skip tokenizing and parsing. When unsure, it keeps.
/// </summary>
internal static class CuePrefilter
{
    /// <summary>Per cue word, the words one of which must follow it; an empty list when the word alone can be the cue.</summary>
    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Followers =
        PledgeCues.Needles().GroupBy(n => n.Word, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Any(n => n.Next is null) ? [] : g.Select(n => n.Next!).Distinct().ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What is searched for: the cue words that do not start with another one ("commit" finds "committed" too).</summary>
    private static readonly SearchValues<string> Needles = SearchValues.Create(
        [.. Followers.Dictionary.Keys.Where(w => !Followers.Dictionary.Keys.Any(other => other != w && w.StartsWith(other, StringComparison.Ordinal)))],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="sentence"/> may hold a modal cue.</summary>
    public static bool MayHoldCue(ReadOnlySpan<char> sentence)
    {
        var from = 0;
        while (sentence[from..].IndexOfAny(Needles) is var found and >= 0)
        {
            var start = from + found;
            var end = start;
            while (end < sentence.Length && CharClass.IsLetter(sentence[end])) end++;
            if (!EndsWord(sentence, start) && !StartsWordPart(sentence, end) && Followers.TryGetValue(sentence[start..end], out var next)
                && (next.Length == 0 || IsFollowedBy(sentence, end, next)))
                return true;
            from = Math.Max(end, start + 1); // a needle inside this word would follow a letter
        }
        return false;
    }

    /// <summary>
    /// True when the next word after <paramref name="i"/> is one of <paramref name="words"/>, or may be: markup (<c>&lt;b&gt;</c>,
    /// an entity) or a word that normalising could change (non-ASCII letters, a soft hyphen) keeps the sentence.
    /// </summary>
    private static bool IsFollowedBy(ReadOnlySpan<char> s, int i, string[] words)
    {
        for (; i < s.Length && !CharClass.IsWordChar(s[i]); i++)
            if (s[i] is '<' or '&') return true;
        var start = i;
        while (i < s.Length && CharClass.IsLetter(s[i])) i++;
        var word = s[start..i];
        if (!Ascii.IsValid(word) || i < s.Length && s[i] is CharClass.SoftHyphen or CharClass.NotSign) return true;
        foreach (var w in words)
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>True when a word character (as the tokenizer reads them) ends just before <paramref name="i"/>.</summary>
    private static bool EndsWord(ReadOnlySpan<char> s, int i) =>
        i > 0 && (CharClass.IsWordChar(s[i - 1]) || (i >= 2 && CharClass.IsLetterPair(s, i - 2)));

    /// <summary>True when a word character (as the tokenizer reads them) starts at <paramref name="i"/>.</summary>
    private static bool StartsWordPart(ReadOnlySpan<char> s, int i) =>
        i < s.Length && (CharClass.IsWordChar(s[i]) || CharClass.IsLetterPair(s, i));
}
