namespace ArticleLens.Tests;

/// <summary>Paths to the repository's seed corpus, found by walking up from the test binaries.</summary>
internal static class Seeds
{
    public static string Root { get; } = FindRoot();

    public static string SeedArticle => Path.Combine(Root, "seeds", "000_7a87ff6ad9da1c75.txt");

    public static string Folder => Path.Combine(Root, "seeds");

    /// <summary>The sample corpora copied into the repository.</summary>
    public static string Samples => Path.Combine(Root, "seeds", "samples");

    /// <summary>The originals of the samples beside the repository (present in CI and worktrees, maybe not elsewhere).</summary>
    public static string SharedCorpora => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpora"));

    public static Article LoadSeed() => Corpus.Load(SeedArticle).Single();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Notebooks.sln"))) return dir.FullName;
        throw new InvalidOperationException("Notebooks.sln not found above " + AppContext.BaseDirectory);
    }
}
