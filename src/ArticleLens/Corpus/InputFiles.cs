using Microsoft.Extensions.FileSystemGlobbing;

namespace ArticleLens;

/// <summary>
/// Expands path arguments into files: a file is itself, a folder is every article file below it (recursive),
/// anything with <c>*</c>, <c>?</c> or <c>**</c> is a glob. Order is stable (ordinal by path).
/// </summary>
public static class InputFiles
{
    /// <summary>Extensions read when walking a folder (a file named explicitly is always read).</summary>
    public static IReadOnlySet<string> ArticleExtensions { get; } =
        new HashSet<string>([".txt", ".text", ".md", ".markdown", ".csv", ".tsv", ".jsonl", ".ndjson"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The files named by <paramref name="paths"/>; a path that names nothing becomes a problem.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<LoadProblem> Problems) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var problems = new List<LoadProblem>();
        foreach (var path in paths)
        {
            var found = Directory.Exists(path) ? Walk(path)
                : File.Exists(path) ? [path]
                : IsGlob(path) ? Glob(path)
                : null;
            if (found is null)
                problems.Add(new LoadProblem(path, 0, "no such file or folder"));
            else if (found.Count == 0)
                problems.Add(new LoadProblem(path, 0, IsGlob(path) ? "the pattern matches no file" : "the folder holds no article files"));
            else
                files.AddRange(found);
        }
        return (files.Distinct(StringComparer.Ordinal).ToList(), problems);
    }

    private static bool IsGlob(string path) => path.AsSpan().IndexOfAny('*', '?') >= 0;

    private static List<string> Walk(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
            .Where(IsArticleFile)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Files a folder walk reads: known text extensions, not hidden, not a README, LICENSE or <c>_manifest</c>-style file.</summary>
    public static bool IsArticleFile(string path)
    {
        var name = Path.GetFileName(path);
        return ArticleExtensions.Contains(Path.GetExtension(name))
               && !name.StartsWith('.') && !name.StartsWith('_')
               && !name.StartsWith("README", StringComparison.OrdinalIgnoreCase)
               && !name.StartsWith("LICENSE", StringComparison.OrdinalIgnoreCase);
    }

    private static List<string> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var wildcard = normalized.IndexOfAny(['*', '?']);
        var slash = normalized.LastIndexOf('/', wildcard);
        var root = slash < 0 ? "." : normalized[..slash] is "" ? "/" : normalized[..slash];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(normalized[(slash + 1)..]);
        if (!Directory.Exists(root)) return [];
        return matcher.GetResultsInFullPath(root)
            .Select(full => slash < 0 ? Path.GetRelativePath(".", full) : Path.Join(root, Path.GetRelativePath(root, full)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
