using System.Diagnostics;
using System.Text.Json;

namespace ArticleLens.Tests.Cli;

/// <summary>Runs the real <c>articlelens</c> process (the built CLI next to the test binaries) and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "ArticleLens.Cli.dll");

    public static CliRun Of(params string[] arguments) => In(Seeds.Root, arguments);

    public static CliRun In(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Cli);
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
