using System.Text;
using System.Text.Json;

namespace ArticleLens.Tests.Loading;

/// <summary>The acceptance folder, run through the real <c>articlelens</c> process.</summary>
[Trait("Runs", "articlelens")]
public sealed class AcceptanceCliTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Dictionary<string, int[]> _expected = [];

    public AcceptanceCliTests()
    {
        var seed = File.ReadAllText(Seeds.SeedArticle);
        var article = Seeds.LoadSeed();
        var body = article.Sentences.Select(s => article.SentenceText(s).ToString()).ToList();
        Good("seed.txt", seed, 63);
        Good("seed-crlf.txt", seed.Replace("\n", "\r\n"), 63);
        Good("seed-bom.txt", seed, 63, new UTF8Encoding(true));
        Good("seed-utf16.txt", seed, 63, new UnicodeEncoding(false, true));
        Good("three.txt", "Article Number: 1\nChina: First\nOne sentence.\n\nArticle Number: 2\nSecond\nA.\nB.\n(Source)\n"
                          + seed.Replace("Article Number: 599", "Article Number: 3"), 1, 2, 63);
        Good("plain.txt", seed[(seed.IndexOf('\n') + 1)..], 63);
        Good("curly.txt", Curly(seed), 63);
        Good("long-line.txt", $"Article Number: 599\nChina: {article.Title}\n{string.Join(' ', body)}\n", 63);
        Good("long-plain.txt", string.Join(' ', Enumerable.Repeat(string.Join(' ', body), 20)), 63 * 20);
        _folder.WriteBytes("empty.txt", []);
        _folder.WriteBytes("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        _folder.WriteBytes("invalid-utf8.txt", [.. "Article Number: 7\nTitle\nCaf"u8, 0xE9, .. " au lait.\n"u8]);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Given_the_acceptance_folder_When_articles_runs_Then_counts_are_right_bad_files_are_named_and_it_exits_1()
    {
        var (exit, output, error) = Run("articles", _folder.Path, "--format", "json");

        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray()
            .GroupBy(r => Path.GetFileName(r.GetProperty("path").GetString()!))
            .ToDictionary(g => g.Key, g => g.Select(r => r.GetProperty("sentences").GetInt32()).ToArray());
        Assert.Equal(_expected.Keys.Order(), rows.Keys.Order());
        Assert.All(_expected, e => Assert.Equal(e.Value, rows[e.Key]));

        var problems = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, problems.Length);
        Assert.Contains(problems, p => p.StartsWith(Path.Combine(_folder.Path, "empty.txt") + ": empty file", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith(Path.Combine(_folder.Path, "binary.txt") + ": binary file", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith(Path.Combine(_folder.Path, "invalid-utf8.txt") + ":3: invalid UTF-8", StringComparison.Ordinal));
        Assert.DoesNotContain("Exception", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal(1, exit);
    }

    [Fact]
    public void Given_the_acceptance_folder_When_summary_runs_Then_every_good_sentence_is_counted()
    {
        var (exit, output, _) = Run("summary", _folder.Path, "--format", "json");

        var summary = JsonDocument.Parse(output).RootElement;
        Assert.Equal(_expected.Values.Sum(v => v.Length), summary.GetProperty("articles").GetInt32());
        Assert.Equal(_expected.Values.Sum(v => v.Sum()), summary.GetProperty("sentences").GetInt32());
        Assert.Equal(3, summary.GetProperty("problems").GetInt32());
        Assert.Equal(1, exit);
    }

    private void Good(string name, string text, params int[] sentences)
    {
        _folder.Write(name, text);
        _expected[name] = sentences;
    }

    private void Good(string name, string text, int sentences, Encoding encoding)
    {
        _folder.Write(name, text, encoding);
        _expected[name] = [sentences];
    }

    /// <summary>The seed with curly quotes and apostrophes, and no-break spaces after commas and inside names.</summary>
    private static string Curly(string seed)
    {
        var builder = new StringBuilder(seed.Length);
        var open = true;
        foreach (var c in seed)
        {
            if (c == '"') { builder.Append(open ? '\u201C' : '\u201D'); open = !open; }
            else if (c == '\'') builder.Append('\u2019');
            else builder.Append(c);
        }
        return builder.ToString().Replace(", ", ",\u00A0").Replace("Xi Jinping", "Xi\u00A0Jinping");
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var run = ArticleLens.Tests.Cli.CliRun.Of(args);
        return (run.ExitCode, run.Out, run.Error);
    }
}
