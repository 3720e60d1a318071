namespace ArticleLens.Cli.Commands;

/// <summary>The exit codes of the CLI contract.</summary>
internal static class Outcome
{
    /// <summary>Everything analysed.</summary>
    public const int Ok = 0;
    /// <summary>Some inputs rejected (each named on stderr); the rest analysed and printed.</summary>
    public const int SomeRejected = 1;
    /// <summary>Usage error, or nothing loadable.</summary>
    public const int Usage = 2;

    /// <summary>Names each problem on stderr and returns the exit code for a run that analysed <paramref name="articles"/> articles.</summary>
    public static int Report(Corpus corpus, int articles, TextWriter error)
    {
        foreach (var problem in corpus.Problems)
            error.WriteLine(problem);
        if (articles == 0)
        {
            error.WriteLine($"articlelens: nothing to analyse in {string.Join(", ", corpus.Paths)}");
            return Usage;
        }
        return corpus.Problems.Count > 0 ? SomeRejected : Ok;
    }
}
