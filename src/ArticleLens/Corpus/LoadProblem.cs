namespace ArticleLens;

/// <summary>An input that could not be loaded (or loaded with a defect), with where and why.</summary>
/// <param name="Path">The file or path argument.</param>
/// <param name="Line">1-based line in the file, or 0 when the problem concerns the whole file.</param>
/// <param name="Reason">What is wrong, in words a user can act on.</param>
public sealed record LoadProblem(string Path, int Line, string Reason)
{
    /// <summary>The compiler-style form <c>path:line: reason</c>.</summary>
    public override string ToString() => Line > 0 ? $"{Path}:{Line}: {Reason}" : $"{Path}: {Reason}";
}
