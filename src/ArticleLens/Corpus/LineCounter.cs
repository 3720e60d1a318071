namespace ArticleLens;

/// <summary>Counts line breaks the way the loader reads them: CRLF, LF CR, LF and bare CR each end one line.</summary>
internal static class LineCounter
{
    public static int CountBreaks(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = text.IndexOfAny('\r', '\n'); i >= 0; i = NextBreak(text, i))
            count++;
        return count;

        static int NextBreak(ReadOnlySpan<char> t, int at)
        {
            var next = at + ArticleBlockReader.TerminatorLength(t[at..]);
            var found = t[next..].IndexOfAny('\r', '\n');
            return found < 0 ? -1 : next + found;
        }
    }
}
