namespace ArticleLens.Notebooks.Tests;

/// <summary>Where the repository and its notebooks are, found by walking up from the test binaries.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Notebooks => Path.Combine(Root, "notebooks");

    /// <summary>Every committed notebook, by file name.</summary>
    public static TheoryData<string> NotebookNames()
    {
        var names = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(FindRoot(), "notebooks"), "*.ipynb").Order(StringComparer.Ordinal))
            names.Add(Path.GetFileName(path));
        return names;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Notebooks.sln"))) return dir.FullName;
        throw new InvalidOperationException("Notebooks.sln not found above " + AppContext.BaseDirectory);
    }
}
