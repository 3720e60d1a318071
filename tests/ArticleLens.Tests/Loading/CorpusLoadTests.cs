using System.Text;

namespace ArticleLens.Tests.Loading;

public class CorpusLoadTests
{
    private static readonly string SeedText = File.ReadAllText(Seeds.SeedArticle);

    public class TheSeed
    {
        [Fact]
        public void Given_the_seed_When_loaded_Then_header_title_tag_source_and_63_sentences_are_read()
        {
            var article = Seeds.LoadSeed();

            Assert.Equal(599, article.Number);
            Assert.Equal("599", article.Id);
            Assert.Equal("China", article.CountryTag);
            Assert.StartsWith("Xi Jinping Chairs the Virtual Summit", article.Title);
            Assert.Equal("Ministry of Foreign Affairs, People's Republic of China", article.Source);
            Assert.Equal(63, article.Sentences.Count);
            Assert.StartsWith("President Xi Jinping chaired", article.SentenceText(1));
            Assert.Equal("Ding Xuexiang, Yang Jiechi, Wang Yi, He Lifeng and others attended the summit.", article.SentenceText(63));
            Assert.Equal(3, article.LineOf(article.Sentences[0].Start));
        }
    }

    public class Encodings
    {
        public static TheoryData<string, Func<string, byte[]>> Variants => new()
        {
            { "utf8", t => new UTF8Encoding(false).GetBytes(t) },
            { "utf8-bom", t => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(t)] },
            { "utf16le-bom", t => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(t)] },
            { "utf16be-bom", t => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(t)] },
            { "crlf", t => Encoding.UTF8.GetBytes(t.Replace("\n", "\r\n")) },
            { "bare-cr", t => Encoding.UTF8.GetBytes(t.Replace("\n", "\r")) },
        };

        [Theory]
        [MemberData(nameof(Variants))]
        public void Given_an_encoding_or_line_ending_When_loaded_Then_the_article_is_the_same(string name, Func<string, byte[]> encode)
        {
            using var folder = new TempFolder();
            var path = folder.WriteBytes(name + ".txt", encode(SeedText));

            var corpus = Corpus.Load(path);
            var article = Assert.Single(corpus);

            Assert.Empty(corpus.Problems);
            Assert.Equal(63, article.Sentences.Count);
            Assert.Equal("China", article.CountryTag);
            Assert.Equal(Seeds.LoadSeed().SentenceText(42), article.SentenceText(42));
        }
    }

    public class ManyArticlesInOneFile
    {
        [Fact]
        public void Given_three_articles_When_loaded_Then_each_has_its_number_and_offsets_index_the_file()
        {
            using var folder = new TempFolder();
            var text = "Article Number: 1\nChina: First\nOne sentence.\n\nArticle Number: 2\nSecond\nA.\nB.\n(Source)\n"
                       + "Article Number: 3\r\nThird\r\nLast one.";
            var path = folder.Write("three.txt", text);

            var articles = Corpus.Load(path).ToList();

            Assert.Equal([1, 2, 3], articles.Select(a => a.Number ?? 0));
            Assert.Equal([1, 2, 1], articles.Select(a => a.Sentences.Count));
            Assert.Equal([1, 5, 10], articles.Select(a => a.Line));
            Assert.Equal("Source", articles[1].Source);
            foreach (var article in articles)
            foreach (var sentence in article.Sentences)
                Assert.Equal(article.SentenceText(sentence).ToString(), text.Substring(article.Offset + sentence.Start, sentence.Length));
        }

        [Fact]
        public void Given_a_plain_text_file_When_loaded_Then_the_first_line_is_the_title()
        {
            var article = Assert.Single(Corpus.FromText("A Plain Title\n\nFirst sentence.\nSecond sentence.\n", "plain.txt"));

            Assert.Null(article.Number);
            Assert.Equal("plain", article.Id);
            Assert.Equal("A Plain Title", article.Title);
            Assert.Equal(2, article.Sentences.Count);
        }
    }

    public class BadInput
    {
        public static TheoryData<string, byte[], int, string> Cases => new()
        {
            { "empty.txt", [], 0, "empty file" },
            { "spaces.txt", "  \n\n \t\n"u8.ToArray(), 0, "empty file" },
            { "bom-only.txt", [0xEF, 0xBB, 0xBF], 0, "empty file" },
            { "binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], 0, "binary file" },
            { "latin1.txt", [.. "Article Number: 5\nTitle\nCaf"u8, 0xE9, .. " au lait.\n"u8], 3, "invalid UTF-8 (byte 0xE9" },
            { "truncated.txt", [.. "Line one\nLine two \xE2"u8.ToArray()[..^2], 0xE2, 0x82], 2, "invalid UTF-8" },
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public void Given_a_bad_file_When_loaded_Then_it_is_one_problem_naming_file_line_and_reason(string name, byte[] bytes, int line, string reason)
        {
            using var folder = new TempFolder();
            var path = folder.WriteBytes(name, bytes);

            var corpus = Corpus.Load(path);
            var articles = corpus.ToList();

            Assert.Empty(articles);
            var problem = Assert.Single(corpus.Problems);
            Assert.Equal(path, problem.Path);
            Assert.Equal(line, problem.Line);
            Assert.Contains(reason, problem.Reason);
        }

        [Fact]
        public void Given_a_folder_mixing_good_and_bad_files_When_loaded_Then_the_good_load_and_each_bad_one_is_named()
        {
            using var folder = new TempFolder();
            folder.Write("a-seed.txt", SeedText);
            folder.Write("sub/b-plain.txt", "Title\nOne.\n");
            folder.WriteBytes("c-empty.txt", []);
            folder.WriteBytes("d-binary.txt", [0, 1, 2, 3]);
            folder.WriteBytes("e-latin1.txt", [0x41, 0x0A, 0xFF, 0x0A]);

            var corpus = Corpus.Load(folder.Path);
            var articles = corpus.ToList();

            Assert.Equal(2, articles.Count);
            Assert.Equal(["c-empty.txt", "d-binary.txt", "e-latin1.txt"], corpus.Problems.Select(p => Path.GetFileName(p.Path)));
        }

        [Fact]
        public void Given_a_missing_path_When_loaded_Then_it_is_a_problem_not_an_exception()
        {
            var corpus = Corpus.Load("/no/such/folder");

            Assert.Empty(corpus);
            Assert.Contains("no such file or folder", Assert.Single(corpus.Problems).Reason);
        }

        [Fact]
        public void Given_strict_mode_When_a_file_is_bad_Then_enumeration_throws_listing_every_problem()
        {
            using var folder = new TempFolder();
            folder.Write("good.txt", SeedText);
            folder.WriteBytes("bad.txt", [0xFF]);

            var corpus = Corpus.Load([folder.Path], new CorpusOptions { Strict = true });

            var error = Assert.Throws<CorpusLoadException>(() => { _ = corpus.ToList(); });
            Assert.Contains("bad.txt", Assert.Single(error.Problems).Path);
        }

        [Fact]
        public void Given_a_legacy_encoding_When_it_is_named_Then_the_file_decodes()
        {
            using var folder = new TempFolder();
            var path = folder.WriteBytes("latin1.txt", [.. "Title\nCaf"u8, 0xE9, .. ".\n"u8]);

            var article = Assert.Single(Corpus.Load([path], new CorpusOptions { Encoding = Encoding.Latin1 }));

            Assert.Equal("Caf\u00E9.", article.SentenceText(1));
        }
    }

    public class Laziness
    {
        [Fact]
        public void Given_a_corpus_When_made_Then_no_file_is_read_until_enumeration()
        {
            using var folder = new TempFolder();
            var path = folder.Write("later.txt", SeedText);
            var corpus = Corpus.Load(path);
            File.WriteAllText(path, "Changed Title\nChanged sentence.\n");

            Assert.Equal("Changed Title", Assert.Single(corpus).Title);
        }
    }
}

public class LargeFiles
{
    [Theory]
    [InlineData("\r\n", 0)]
    [InlineData("\r\n", 1)] // the pair split between two 1 MB read chunks
    [InlineData("\n\r", 1)]
    [InlineData("\n", 0)]
    [InlineData("\r", 0)]
    public void Given_invalid_utf8_past_the_first_megabyte_When_loaded_Then_the_problem_names_its_line(string newline, int shift)
    {
        // Lines of 99 letters and a break, shifted so that a break ends exactly (shift 0) or straddles (shift 1) byte 1,048,576.
        var line = new string('a', 99) + newline;
        var lines = (3 << 20) / line.Length;
        var head = new string('b', (1 << 20) % line.Length + shift);
        var text = string.Concat(Enumerable.Repeat(line, lines));
        var bytes = System.Text.Encoding.ASCII.GetBytes(head + text).ToList();
        var bad = bytes.Count - 50 * line.Length - 10; // a Latin-1 byte in the third megabyte
        bytes[bad] = 0xE9;
        using var folder = new TempFolder();
        var path = folder.WriteBytes("big.txt", [.. bytes]);

        var corpus = Corpus.Load(path);
        Assert.Empty(corpus.ToList());

        var problem = Assert.Single(corpus.Problems);
        var expected = 1 + (head + text)[..bad].Split(newline).Length - 1;
        Assert.Equal(expected, problem.Line);
        Assert.Contains($"byte 0xE9 at byte offset {bad}", problem.Reason);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Given_hundreds_of_articles_across_read_buffers_When_loaded_Then_counts_and_file_offsets_are_exact(string newline)
    {
        var seed = File.ReadAllText(Seeds.SeedArticle).ReplaceLineEndings("\n").TrimEnd() + "\n\n";
        var text = string.Concat(Enumerable.Range(1, 300).Select(i => seed.Replace("Article Number: 599", $"Article Number: {i}")))
            .Replace("\n", newline);
        using var folder = new TempFolder();
        var path = folder.Write("many.txt", text);

        var articles = Corpus.Load(path).ToList();

        Assert.Equal(Enumerable.Range(1, 300), articles.Select(a => a.Number ?? 0));
        Assert.All(articles, a =>
        {
            Assert.Equal(63, a.Sentences.Count);
            Assert.Equal(a.Text, text.Substring(a.Offset, a.Text.Length));
            Assert.StartsWith("Article Number:", a.Text);
        });
        Assert.Equal(text.Length, articles[^1].Offset + articles[^1].Text.Length);
    }
}
