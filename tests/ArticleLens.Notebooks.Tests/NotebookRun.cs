using System.Diagnostics;
using System.Text.Json;

namespace ArticleLens.Notebooks.Tests;

/// <summary>An executed notebook: its exit code and the outputs of each code cell, as dotnet-repl wrote them.</summary>
internal sealed record NotebookRun(int ExitCode, IReadOnlyList<NotebookRun.Cell> Cells, string Log)
{
    public sealed record Cell(int Number, string Source, IReadOnlyList<JsonElement> Outputs);

    private static readonly SemaphoreSlim ToolRestore = new(1, 1);
    private static bool _toolsRestored;

    /// <summary>Runs <paramref name="notebook"/> in a real .NET Interactive kernel (dotnet-repl), from the notebooks folder.</summary>
    public static async Task<NotebookRun> ExecuteAsync(string notebook)
    {
        await RestoreToolsAsync();
        var output = Path.Combine(Path.GetTempPath(), $"articlelens-nb-{Guid.NewGuid():N}", notebook);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var (exit, log) = await RunAsync(Repository.Notebooks, "tool", "run", "dotnet-repl", "--run", notebook, "--exit-after-run", "--output-path", output);
        if (!File.Exists(output))
            return new NotebookRun(exit, [], log);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var cells = document.RootElement.GetProperty("cells").EnumerateArray()
            .Select((cell, i) => (cell, i))
            .Where(c => c.cell.GetProperty("cell_type").GetString() == "code")
            .Select(c => new Cell(c.i, string.Concat(c.cell.GetProperty("source").EnumerateArray().Select(l => l.GetString())),
                c.cell.GetProperty("outputs").EnumerateArray().Select(o => o.Clone()).ToList()))
            .ToList();
        return new NotebookRun(exit, cells, log);
    }

    /// <summary>A fresh clone has not restored the local tools yet; do it once per test run.</summary>
    private static async Task RestoreToolsAsync()
    {
        await ToolRestore.WaitAsync();
        try
        {
            if (_toolsRestored) return;
            var (exit, log) = await RunAsync(Repository.Root, "tool", "restore");
            Assert.True(exit == 0, "dotnet tool restore failed:\n" + log);
            _toolsRestored = true;
        }
        finally
        {
            ToolRestore.Release();
        }
    }

    private static async Task<(int Exit, string Log)> RunAsync(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>Every error output, with the cell that produced it.</summary>
    public IEnumerable<string> Errors() =>
        from cell in Cells
        from output in cell.Outputs
        where output.GetProperty("output_type").GetString() == "error"
        select $"--- cell {cell.Number}:\n{cell.Source}\n>>> {output.GetProperty("evalue").GetString()}";

    /// <summary>The text/html outputs of every cell.</summary>
    public IEnumerable<string> Html() =>
        from cell in Cells
        from output in cell.Outputs
        where output.TryGetProperty("data", out var data) && data.TryGetProperty("text/html", out _)
        select HtmlOf(output.GetProperty("data").GetProperty("text/html"));

    private static string HtmlOf(JsonElement html) =>
        html.ValueKind == JsonValueKind.Array ? string.Concat(html.EnumerateArray().Select(l => l.GetString())) : html.GetString() ?? "";
}
