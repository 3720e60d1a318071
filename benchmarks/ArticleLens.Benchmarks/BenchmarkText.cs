namespace ArticleLens.Benchmarks;

/// <summary>The benchmark input: the seed article's body repeated, about 1 MB of text in memory.</summary>
internal static class BenchmarkText
{
    public static string Seed { get; } = Load();

    private static string Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seed = Path.Combine(dir.FullName, "seeds", "000_7a87ff6ad9da1c75.txt");
            if (File.Exists(seed)) return string.Concat(Enumerable.Repeat(File.ReadAllText(seed), 80));
        }
        throw new FileNotFoundException("seeds/000_7a87ff6ad9da1c75.txt not found above " + AppContext.BaseDirectory);
    }
}
