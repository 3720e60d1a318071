using System.Text.Json;
using ArticleLens.Themes;

namespace ArticleLens.Tests.Themes;

/// <summary>The <c>themes</c> command run as a process from the repository root, as a user or script would.</summary>
[Trait("Runs", "articlelens")]
public class ThemesCommandTests
{
    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var run = ArticleLens.Tests.Cli.CliRun.Of(args);
        return (run.ExitCode, run.Out, run.Error);
    }

    private static List<JsonElement> Json(string output) => JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();

    [Trait("Runs", "articlelens")]
    public class Themes
    {
        [Theory]
        [InlineData("corpus", "theme,hits,sentences,articles,perThousandWords")]
        [InlineData("article", "article,theme,hits,sentences,articles,perThousandWords")]
        [InlineData("sentence", "article,sentence,theme,hits,sentences,articles,perThousandWords")]
        public void Given_a_grouping_When_run_as_json_Then_rows_have_exactly_the_contract_keys(string by, string keys)
        {
            var (exit, output, error) = Run("themes", "--by", by, "--format", "json");

            Assert.True(exit == 0, error);
            var rows = Json(output);
            Assert.NotEmpty(rows);
            Assert.All(rows, row => Assert.Equal(keys, string.Join(",", row.EnumerateObject().Select(p => p.Name))));
        }

        [Fact]
        public void Given_a_user_lexicon_When_run_Then_its_counts_are_printed()
        {
            using var folder = new TempFolder();
            var lexicon = folder.Write("mine.yml", "belt: [Belt and Road]\nexchanges: [people-to-people]\n");

            var (exit, output, _) = Run("themes", "seeds/000_7a87ff6ad9da1c75.txt", "--lexicon", lexicon, "--format", "json"); // seeds/ also holds the samples

            Assert.Equal(0, exit);
            var rows = Json(output).ToDictionary(r => r.GetProperty("theme").GetString()!, r => r.GetProperty("hits").GetInt32());
            Assert.Equal(new Dictionary<string, int> { ["belt"] = 3, ["exchanges"] = 2 }, rows);
        }

        [Fact]
        public void Given_a_malformed_lexicon_When_run_Then_it_exits_2_naming_file_and_line()
        {
            using var folder = new TempFolder();
            var lexicon = folder.Write("bad.yml", "belt: [Belt and Road]\nexchanges:\n");

            var (exit, output, error) = Run("themes", "--lexicon", lexicon);

            Assert.Equal(2, exit);
            Assert.Equal("", output);
            Assert.StartsWith($"articlelens: {lexicon}:2: the theme 'exchanges' has no patterns", error);
            Assert.DoesNotContain("   at ", error);
        }

        [Fact]
        public void Given_print_lexicon_When_run_Then_the_default_lexicon_is_printed_with_its_comments()
        {
            var (exit, output, _) = Run("themes", "--print-lexicon");

            Assert.Equal(0, exit);
            Assert.Equal(Lexicon.DefaultText, output);
        }

        [Fact]
        public void Given_print_lexicon_with_a_user_lexicon_When_run_Then_it_is_printed_as_read()
        {
            using var folder = new TempFolder();
            var lexicon = folder.Write("mine.yml", "# Scope.\nhealth: {vaccines: [vaccin*]}\n");

            var (exit, output, _) = Run("themes", "--lexicon", lexicon, "--print-lexicon");

            Assert.Equal(0, exit);
            Assert.Equal("# Scope.\nhealth:\n  vaccines:\n    - vaccin*\n", output.ReplaceLineEndings("\n"));
        }
    }
}
