using System.Runtime;
using System.Runtime.CompilerServices;

namespace ArticleLens.Cli;

/// <summary>
/// Multi-core JIT for the command line: each run records the methods it compiles, and the next run of the same command
/// compiles them on a spare core while the first one is still starting up. A short run then starts about 0.1 s sooner
/// (measured: benchmarks/README.md). The profiles live in the user's local data folder; without one, runs start as usual.
/// The native executable (`dotnet publish`) compiles nothing at run time and keeps no profile.
/// </summary>
internal static class JitProfile
{
    private static readonly string[] Commands = ["summary", "articles", "tokens", "kwic", "themes", "pledges", "countries", "report"];

    /// <summary>Plays back and records the profile of the command that <paramref name="args"/> run.</summary>
    public static void Start(string[] args)
    {
        if (!RuntimeFeature.IsDynamicCodeCompiled)
            return;
        var name = args.Length > 0 && Commands.Contains(args[0]) ? args[0] : "main";
        try
        {
            var folder = Path.Combine(DataFolder(), "articlelens", "jit");
            Directory.CreateDirectory(folder);
            ProfileOptimization.SetProfileRoot(folder);
            ProfileOptimization.StartProfile($"{name}.profile");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only home: the run only starts a little slower.
        }
    }

    private static string DataFolder() =>
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify) is { Length: > 0 } local
            ? local
            : Path.GetTempPath();
}
