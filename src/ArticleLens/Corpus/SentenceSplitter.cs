using System.Runtime.CompilerServices;
using ArticleLens.Text;

namespace ArticleLens;

/// <summary>
/// Splits running text into sentences. A sentence ends at <c>.</c>, <c>!</c>, <c>?</c> or <c>…</c> (with any closing quotes,
/// brackets or emphasis after it) that is followed by space and then by something that can start a sentence: not a
/// lower-case word, not the rest of an abbreviation (<c>Mr.</c>, <c>No. 5</c>, the initial in <c>Joseph R. Biden</c>,
/// <c>U.S. dollars</c>), never inside a number (<c>1.5</c>). Line breaks count as space, so a sentence may span lines.
/// Sentences are spans of the original text, trimmed of space and Markdown emphasis; spans without a letter are dropped.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>The characters that can end a sentence.</summary>
    internal static readonly System.Buffers.SearchValues<char> Terminals = System.Buffers.SearchValues.Create(".!?\u2026");

    /// <summary>The sentences of <paramref name="text"/>, as spans of it.</summary>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        Split(text, 0, text.Length, sentences);
        return sentences;
    }

    /// <summary>Appends the sentences of <paramref name="text"/>[start..end) to <paramref name="into"/>, numbering on from its count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per line: skip tier-0 and PGO instrumentation
    internal static void Split(ReadOnlySpan<char> text, int start, int end, List<Sentence> into)
    {
        var sentenceStart = start;
        var i = start;
        while (i < end)
        {
            var found = text[i..end].IndexOfAny(Terminals);
            if (found < 0) break;
            var terminal = i + found;
            var after = terminal + 1;
            while (after < end && Terminals.Contains(text[after])) after++;
            after = SkipClosers(text, after, end);
            i = after;
            if (after < end && !CharClass.IsSpace(text[after])) continue; // U.S.-led, 1.5, e.g.,
            if (!EndsSentence(text, sentenceStart, terminal, after, end)) continue;
            Add(text, sentenceStart, after, into);
            sentenceStart = after;
        }
        Add(text, sentenceStart, end, into);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per line: skip tier-0 and PGO instrumentation
    private static bool EndsSentence(ReadOnlySpan<char> text, int sentenceStart, int terminal, int after, int end)
    {
        var next = SkipOpeners(text, after, end);
        if (next >= end) return true;
        var c = text[next];
        if (char.IsLower(c)) return false;                        // Biden, Jr. spoke; p.m. on
        if (text[terminal] is '!' or '?' || after - terminal > 1 && text[terminal + 1] == '.') return true;

        var wordStart = terminal;
        while (wordStart > sentenceStart && !CharClass.IsSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '\u201C' or '[' or '*'))
            wordStart--;
        var word = text[wordStart..terminal];
        if (word.IsEmpty || text[terminal] == '\u2026') return true;
        if (Abbreviations.IsNeverFinal(word)) return false;       // Mr. Wang, No. 5, Jan. 6
        if (Abbreviations.IsCompany(word) && text[after..next].Contains('(')) return false;
        if (CharClass.IsDigit(c)) return true;
        if (word.Length == 1 && char.IsUpper(word[0])) return false; // Joseph R. Biden
        if (word.Contains('.'))                                   // U.S. dollars, but: the U.S. The
            return Abbreviations.IsStarter(NextWord(text, next, end));
        return true;
    }

    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text, int start, int end)
    {
        var i = start;
        while (i < end && CharClass.IsLetter(text[i])) i++;
        return text[start..i];
    }

    /// <summary>Closing quotes, brackets and emphasis that belong to the sentence before: <c>."</c>, <c>.)</c>, <c>.**</c>, <c>.&lt;/u&gt;</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per line: skip tier-0 and PGO instrumentation
    private static int SkipClosers(ReadOnlySpan<char> text, int i, int end)
    {
        while (i < end)
        {
            var c = text[i];
            if (c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or ')' or ']' or '*' or '_') i++;
            else if (c == '<' && Markup.Length(text, i, end) is > 0 and var tag) i += tag;
            else break;
        }
        return i;
    }

    /// <summary>Space, opening quotes, brackets and markup before the first character of the next sentence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per line: skip tier-0 and PGO instrumentation
    private static int SkipOpeners(ReadOnlySpan<char> text, int i, int end)
    {
        while (i < end)
        {
            var c = text[i];
            if (CharClass.IsSpace(c) || c is '"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '(' or '[') i++;
            else if (CharClass.IsMarkupStart(c) && Markup.Length(text, i, end) is > 0 and var markup) i += markup;
            else break;
        }
        return i;
    }

    /// <summary>
    /// Adds [start..end) trimmed of space and of Markdown emphasis and escapes, when it holds a letter. HTML tags stay,
    /// so a sentence that opens with <c>&lt;b&gt;</c> shows its tags balanced; the tokenizer skips them either way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per line: skip tier-0 and PGO instrumentation
    private static void Add(ReadOnlySpan<char> text, int start, int end, List<Sentence> into)
    {
        while (true)
        {
            while (start < end && (CharClass.IsSpace(text[start]) || CharClass.IsIgnorable(text[start]))) start++;
            if (start < end && text[start] is '*' or '_' or '\\' or '[' && Markup.Length(text, start, end) is > 0 and var markup) start += markup;
            else break;
        }
        end = TrimEnd(text, start, end);
        if (end > start && HasLetter(text[start..end]))
            into.Add(new Sentence(into.Count + 1, start, end - start));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per line: skip tier-0 and PGO instrumentation
    private static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start)
        {
            var c = text[end - 1];
            if (CharClass.IsSpace(c) || CharClass.IsIgnorable(c) || c == '\\') end--;
            else if (c is '*' or '_' && Markup.Length(text, end - 1, end) > 0) end--;
            else break;
        }
        return end;
    }

    private static bool HasLetter(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
            if (CharClass.IsLetter(c)) return true;
        return false;
    }
}
