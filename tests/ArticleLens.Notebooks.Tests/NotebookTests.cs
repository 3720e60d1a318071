namespace ArticleLens.Notebooks.Tests;

/// <summary>Every notebook runs top to bottom in a real kernel, with no error output, and renders its tables and charts.</summary>
public class NotebookTests
{
    public static TheoryData<string> Notebooks => Repository.NotebookNames();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Given_a_notebook_When_run_headless_Then_every_cell_succeeds_and_charts_and_tables_render(string notebook)
    {
        var run = await NotebookRun.ExecuteAsync(notebook);

        var errors = run.Errors().ToList();
        Assert.True(errors.Count == 0, $"{notebook}: {errors.Count} error output(s)\n{string.Join("\n", errors)}");
        Assert.True(run.ExitCode == 0, $"{notebook}: dotnet-repl exited with {run.ExitCode}\n{run.Log}");
        var html = run.Html().ToList();
        Assert.Contains(html, h => h.Contains("Plotly.newPlot", StringComparison.Ordinal) || h.Contains("plotly", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(html, h => h.Contains("<table", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_the_committed_notebooks_Then_their_outputs_are_cleared_and_every_nuget_reference_is_pinned()
    {
        foreach (var path in Directory.GetFiles(Repository.Notebooks, "*.ipynb"))
        {
            var text = File.ReadAllText(path);
            using var document = System.Text.Json.JsonDocument.Parse(text);
            foreach (var cell in document.RootElement.GetProperty("cells").EnumerateArray())
                if (cell.GetProperty("cell_type").GetString() == "code")
                    Assert.Equal(0, cell.GetProperty("outputs").GetArrayLength());
            Assert.DoesNotMatch("""#r \\"nuget: ?[A-Za-z0-9_.-]+\\"|#r \\"nuget: [^,\\"]+, ?\*""", text);
        }
    }
}
