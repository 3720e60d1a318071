using System.Diagnostics;
using System.Text.Json;

namespace ArticleLens.Tests.Cli;

/// <summary>
/// Runs the real <c>articlelens</c> process and captures what it prints: the built CLI next to the test binaries, or the
/// executable that ARTICLELENS_CLI names (CI points it at the native build of <c>dotnet publish</c>). Tests that use it
/// carry the trait <c>Runs=articlelens</c> (each nested class too), so CI can run exactly them against each build.
/// </summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    private static readonly string? Native = Environment.GetEnvironmentVariable("ARTICLELENS_CLI") is { Length: > 0 } path
        ? Path.GetFullPath(path)
        : null;

    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "ArticleLens.Cli.dll");

    public static CliRun Of(params string[] arguments) => In(Seeds.Root, arguments);

    public static CliRun In(string directory, params string[] arguments) => In(directory, null, arguments);

    /// <summary>Runs in <paramref name="directory"/> with <paramref name="environment"/> added to the process's variables.</summary>
    public static CliRun In(string directory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Native ?? Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        if (Native is null) start.ArgumentList.Add(Cli);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    public JsonElement Json => JsonDocument.Parse(Out).RootElement;

    /// <summary>The keys of each JSON object, in order.</summary>
    public static IReadOnlyList<string> Keys(JsonElement row) => row.EnumerateObject().Select(p => p.Name).ToList();
}
