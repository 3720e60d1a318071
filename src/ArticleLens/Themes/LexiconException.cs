namespace ArticleLens.Themes;

/// <summary>A lexicon file that cannot be read: the message names the file and line, compiler style (<c>path:line: reason</c>).</summary>
public sealed class LexiconException : FormatException
{
    /// <summary>A problem at <paramref name="line"/> of <paramref name="source"/>.</summary>
    public LexiconException(string source, int line, string reason)
        : base(line > 0 ? $"{source}:{line}: {reason}" : $"{source}: {reason}")
    {
        Path = source;
        Line = line;
        Reason = reason;
    }

    /// <summary>The lexicon file (or the name given to a lexicon parsed from text).</summary>
    public string Path { get; }

    /// <summary>1-based line of the problem, 0 when it concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>What is wrong, in words a user can act on.</summary>
    public string Reason { get; }
}
