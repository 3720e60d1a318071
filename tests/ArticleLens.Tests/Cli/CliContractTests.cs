namespace ArticleLens.Tests.Cli;

[Trait("Runs", "articlelens")]
public class CliContractTests
{
    [Trait("Runs", "articlelens")]
    public class Summary
    {
        [Fact]
        public void Given_the_seed_When_summarised_as_json_Then_one_object_with_the_contract_keys()
        {
            var run = CliRun.Of("summary", Seeds.SeedArticle, "--format", "json");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(["articles", "sentences", "words", "tokens", "types", "problems"], CliRun.Keys(run.Json));
            Assert.Equal(1, run.Json.GetProperty("articles").GetInt32());
            Assert.Equal(63, run.Json.GetProperty("sentences").GetInt32());
            Assert.Equal("", run.Error);
        }
    }

    [Trait("Runs", "articlelens")]
    public class Articles
    {
        [Fact]
        public void Given_the_seed_When_listed_as_json_Then_number_title_tag_source_and_sentences_are_given()
        {
            var row = Assert.Single(CliRun.Of("articles", Seeds.SeedArticle, "--format", "json").Json.EnumerateArray());

            Assert.Equal(["number", "title", "countryTag", "source", "date", "path", "sentences", "words"], CliRun.Keys(row));
            Assert.Equal(599, row.GetProperty("number").GetInt32());
            Assert.Equal("China", row.GetProperty("countryTag").GetString());
            Assert.Equal("Ministry of Foreign Affairs, People's Republic of China", row.GetProperty("source").GetString());
            Assert.Equal(63, row.GetProperty("sentences").GetInt32());
        }
    }

    [Trait("Runs", "articlelens")]
    public class Tokens
    {
        [Fact]
        public void Given_the_seed_When_tokens_are_listed_Then_offsets_point_into_the_decoded_file()
        {
            var text = File.ReadAllText(Seeds.SeedArticle);
            var rows = CliRun.Of("tokens", Seeds.SeedArticle, "--format", "json").Json.EnumerateArray().ToList();

            Assert.Equal(["article", "sentence", "index", "text", "kind", "norm", "start", "end", "value"], CliRun.Keys(rows[0]));
            Assert.All(rows, r => Assert.Equal(r.GetProperty("text").GetString(),
                text[r.GetProperty("start").GetInt32()..r.GetProperty("end").GetInt32()]));
            var scholarships = rows.Single(r => r.GetProperty("text").GetString() == "1,200");
            Assert.Equal(("number", 1200.0), (scholarships.GetProperty("kind").GetString(), scholarships.GetProperty("value").GetDouble()));
            Assert.Contains(rows, r => r.GetProperty("text").GetString() == "U.S." && r.GetProperty("kind").GetString() == "word");
            Assert.Contains(rows, r => r.GetProperty("text").GetString() == "2022" && r.GetProperty("value").GetDouble() == 2022);
        }

        [Fact]
        public void Given_a_file_with_many_articles_and_a_bom_When_tokens_are_listed_Then_offsets_index_the_whole_file()
        {
            using var folder = new TempFolder();
            var text = "Article Number: 1\r\nOne\r\nFirst sentence.\r\n\r\nArticle Number: 2\r\nTwo\r\nSecond one, 1,200 words.\r\n";
            var path = folder.Write("two.txt", text, new System.Text.UTF8Encoding(true));

            var rows = CliRun.Of("tokens", path, "--format", "json").Json.EnumerateArray().ToList();

            Assert.Equal(["1", "2"], rows.Select(r => r.GetProperty("article").GetString()).Distinct());
            Assert.All(rows, r => Assert.Equal(r.GetProperty("text").GetString(),
                text[r.GetProperty("start").GetInt32()..r.GetProperty("end").GetInt32()]));
        }
    }

    [Trait("Runs", "articlelens")]
    public class Kwic
    {
        [Fact]
        public void Given_a_hyphenated_pattern_When_searched_Then_rows_have_the_contract_keys_and_the_matches()
        {
            var rows = CliRun.Of("kwic", "people-to-people", Seeds.SeedArticle, "--format", "json").Json.EnumerateArray().ToList();

            Assert.Equal(2, rows.Count);
            Assert.Equal(["article", "sentence", "left", "match", "right"], CliRun.Keys(rows[0]));
            Assert.All(rows, r => Assert.Equal("people-to-people", r.GetProperty("match").GetString()));
        }
    }

    [Trait("Runs", "articlelens")]
    public class ExitCodes
    {
        [Fact]
        public void Given_a_folder_with_bad_files_When_analysed_Then_good_ones_print_bad_ones_are_named_and_exit_is_1()
        {
            using var folder = new TempFolder();
            File.Copy(Seeds.SeedArticle, Path.Combine(folder.Path, "seed.txt"));
            folder.WriteBytes("empty.txt", []);
            folder.WriteBytes("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]);
            folder.WriteBytes("latin1.txt", [.. "Title\nCaf"u8, 0xE9, .. "\n"u8]);

            var run = CliRun.Of("articles", folder.Path, "--format", "json");

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(599, Assert.Single(run.Json.EnumerateArray()).GetProperty("number").GetInt32());
            Assert.Contains("empty.txt: empty file", run.Error);
            Assert.Contains("binary.txt: binary file", run.Error);
            Assert.Contains("latin1.txt:2: invalid UTF-8", run.Error);
            Assert.DoesNotContain("   at ", run.Error);
        }

        [Theory]
        [InlineData("summary", "--format", "xml")]
        [InlineData("summary", "--no-such-option")]
        [InlineData("summary", "/no/such/path")]
        [InlineData("summary", "seeds/", "--encoding", "klingon")]
        [InlineData("kwic")]
        public void Given_a_usage_error_or_nothing_loadable_Then_exit_is_2_without_a_stack_trace(params string[] arguments)
        {
            var run = CliRun.Of(arguments);

            Assert.Equal(2, run.ExitCode);
            Assert.NotEqual("", run.Error);
            Assert.DoesNotContain("   at ", run.Error);
        }
    }

    [Trait("Runs", "articlelens")]
    public class Help
    {
        [Theory]
        [InlineData("--help")]
        [InlineData("pledges", "--help")]
        public void Given_help_When_asked_Then_usage_names_the_command_articlelens_and_exit_is_0(params string[] arguments)
        {
            var run = CliRun.Of(arguments);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("Usage:", run.Out);
            Assert.Contains("  articlelens ", run.Out);
            Assert.DoesNotContain("ArticleLens.Cli", run.Out);
        }
    }

    [Trait("Runs", "articlelens")]
    public class MainJob
    {
        [Fact]
        public void Given_no_arguments_When_run_in_the_repository_Then_it_analyses_seeds_and_writes_a_self_contained_report()
        {
            using var folder = new TempFolder();

            var run = CliRun.Of("--out", folder.Path);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("Summary", run.Out);
            var page = File.ReadAllText(Path.Combine(folder.Path, "index.html"));
            Assert.Contains("<svg", page);
            Assert.DoesNotContain("<script src", page);
            Assert.DoesNotContain("http", page.Replace("http://www.w3.org/2000/svg", ""));
            Assert.True(File.Exists(Path.Combine(folder.Path, "articles.csv")));
        }

        [Fact]
        public void Given_more_quantified_commitments_than_the_section_shows_When_run_Then_the_first_fifty_and_where_the_rest_are()
        {
            using var folder = new TempFolder();
            var seed = File.ReadAllText(Seeds.SeedArticle); // five quantified commitments
            File.WriteAllText(Path.Combine(folder.Path, "copies.txt"),
                string.Join("\n", Enumerable.Range(1, 11).Select(i => seed.Replace("Article Number: 599", $"Article Number: {i}"))));

            var run = CliRun.In(folder.Path, "copies.txt", "--out", "report", "--format", "csv");

            Assert.Equal(0, run.ExitCode);
            var section = run.Out.Split("== Pledges ==\n")[1].Split("\n\n")[0].Split('\n');
            Assert.EndsWith("the first 50 quantified commitments of 55 (all rows: the pledges command, or the report)", section[0]);
            Assert.StartsWith("article,sentence,", section[1]);
            Assert.Equal(50, section.Length - 2);
            Assert.Equal(55, File.ReadLines(Path.Combine(folder.Path, "report", "pledges-quantified.csv")).Count() - 1);
        }
    }

    /// <summary>The JIT build only (no Runs trait): the native executable compiles nothing and keeps no profile.</summary>
    public class JitProfile
    {
        [Fact]
        public void Given_a_run_of_the_jit_build_When_it_ends_Then_it_has_kept_a_start_up_profile_for_its_command()
        {
            using var data = new TempFolder();

            var run = CliRun.In(Seeds.Root, new Dictionary<string, string> { ["XDG_DATA_HOME"] = data.Path }, "summary", Seeds.SeedArticle);

            Assert.Equal(0, run.ExitCode);
            Assert.True(File.Exists(Path.Combine(data.Path, "articlelens", "jit", "summary.profile")), "no JIT profile was written");
        }
    }
}
