namespace ArticleLens.Text;

/// <summary>One word of a <see cref="Pattern"/>: a normalised form, a glob (<c>*</c> any run, <c>?</c> one character), or an exact case-sensitive form.</summary>
/// <param name="Form">The normalised form, glob, or (when <paramref name="CaseSensitive"/>) the exact text.</param>
/// <param name="IsGlob">True when <paramref name="Form"/> holds <c>*</c> or <c>?</c>.</param>
/// <param name="CaseSensitive">True when the text must match <paramref name="Form"/> exactly, case included.</param>
public readonly record struct PatternTerm(string Form, bool IsGlob, bool CaseSensitive)
{
    /// <summary>True when <paramref name="form"/> (normalised) matches this glob or form.</summary>
    public bool Matches(ReadOnlySpan<char> form) => IsGlob ? Glob(Form, form) : form.SequenceEqual(Form);

    /// <summary>Wildcard match with <c>*</c> and <c>?</c> (linear, no backtracking blow-up).</summary>
    internal static bool Glob(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t])) { p++; t++; }
            else if (p < pattern.Length && pattern[p] == '*') { star = p++; mark = t; }
            else if (star >= 0) { p = star + 1; t = ++mark; }
            else return false;
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }
}
