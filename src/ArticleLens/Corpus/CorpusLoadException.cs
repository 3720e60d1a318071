namespace ArticleLens;

/// <summary>Thrown in strict mode when some inputs could not be loaded; lists every problem.</summary>
public sealed class CorpusLoadException : Exception
{
    /// <summary>Creates the exception for <paramref name="problems"/>.</summary>
    public CorpusLoadException(IReadOnlyList<LoadProblem> problems)
        : base($"{problems.Count} input problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}") =>
        Problems = problems;

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<LoadProblem> Problems { get; }
}
