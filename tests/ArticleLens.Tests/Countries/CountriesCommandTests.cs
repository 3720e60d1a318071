using System.Text.Json;

namespace ArticleLens.Tests.Countries;

/// <summary>The <c>countries</c> command end to end, run as the CLI process the contract describes.</summary>
[Trait("Runs", "articlelens")]
public class CountriesCommandTests
{
    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var run = ArticleLens.Tests.Cli.CliRun.Of(args);
        return (run.ExitCode, run.Out, run.Error);
    }

    private static List<Dictionary<string, JsonElement>> Rows(string json) =>
        JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>(json)!;

    [Fact]
    public void Given_the_seed_When_run_as_json_Then_rows_have_exactly_the_contract_keys_and_no_group()
    {
        var (exit, output, _) = Run("countries", Seeds.SeedArticle, "--format", "json");

        Assert.Equal(0, exit);
        var rows = Rows(output);
        Assert.All(rows, r => Assert.Equal(["iso3", "country", "mentions", "articles"], r.Keys));
        Assert.Equal(["CHN 47", "KGZ 2", "UZB 2", "KAZ 1", "TJK 1", "TKM 1"], rows.Select(r => $"{r["iso3"].GetString()} {r["mentions"].GetInt32()}"));
    }

    [Fact]
    public void Given_groups_kinds_and_capitals_When_asked_Then_the_group_row_and_the_breakdown_appear()
    {
        var (exit, output, _) = Run("countries", Seeds.SeedArticle, "--groups", "--kinds", "--include-capitals", "--format", "json");

        Assert.Equal(0, exit);
        var rows = Rows(output);
        Assert.All(rows, r => Assert.Equal(["iso3", "country", "mentions", "articles", "name", "demonym", "alias", "capital"], r.Keys));
        var china = rows.Single(r => r["iso3"].GetString() == "CHN");
        Assert.Equal((51, 42, 5, 0, 4), (china["mentions"].GetInt32(), china["name"].GetInt32(), china["demonym"].GetInt32(), china["alias"].GetInt32(), china["capital"].GetInt32()));
        Assert.Equal(37, rows.Single(r => r["iso3"].GetString() == "central-asia")["mentions"].GetInt32());
    }

    [Fact]
    public void Given_by_article_When_run_as_csv_Then_the_article_column_comes_first()
    {
        var (exit, output, _) = Run("countries", Seeds.SeedArticle, "--by", "article", "--format", "csv");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("article,iso3,country,mentions,articles", lines[0]);
        Assert.Equal("599,CHN,China,47,1", lines[1]);
    }

    [Fact]
    public void Given_nothing_loadable_When_run_Then_exit_2_without_stack_trace()
    {
        var (exit, output, error) = Run("countries", "no-such-folder/", "--format", "json");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("no-such-folder/", error);
        Assert.DoesNotContain("   at ", error);
    }
}
