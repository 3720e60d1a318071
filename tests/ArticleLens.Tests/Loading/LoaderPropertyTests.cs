using System.Text;
using CsCheck;

namespace ArticleLens.Tests.Loading;

public class LoaderPropertyTests
{
    private static readonly string[] Names = ["a.txt", "a.md", "a.csv", "a.tsv", "a.jsonl", "a.bin"];

    /// <summary>Text that looks enough like articles to reach every parser: headers, front matter, quotes, markup, odd breaks.</summary>
    private static readonly Gen<string> ArticleLike = Gen.String[Gen.OneOf(
        Gen.Char["aZ09 .,;:!?'\"-*_<>#[]()\\{}\r\n\t\u00A0\u00AD\u00AC\u2019\u201C\u2013\u2026"], Gen.Char), 0, 400];

    private static readonly Gen<string> Fragments = Gen.OneOfConst("Article Number: ", "Article Number: 12\n", "---\n", "title: \"x\\_y\"\n",
        "date: 2021-06-13\n", "\n\r", "\r\n", "**", "<sup>st</sup>", "Mr. ", "U.S. ", "1.5 ", "\"a, b\",", "{\"text\": \"", "\"}\n", "text,id\n",
        "\\u2019", "Title\n\n", "One. Two.\n", "sover\u00AC\neignty ", "- item\n", "17\\. ");

    private static readonly Gen<string> Messy = Gen.OneOf(ArticleLike, Fragments).Array[0, 24].Select(parts => string.Concat(parts));

    private static void AssertConsistent(Article article, string? fileText)
    {
        var previous = 0;
        foreach (var (sentence, i) in article.Sentences.Select((s, i) => (s, i)))
        {
            Assert.Equal(i + 1, sentence.Index);
            Assert.True(sentence.Start >= previous && sentence.Length > 0 && sentence.End <= article.Text.Length, $"sentence {sentence}");
            previous = sentence.End;
        }
        foreach (var token in article.Tokenize().Tokens)
        {
            var sentence = article.Sentences[token.Sentence - 1];
            Assert.True(token.Start >= sentence.Start && token.End <= sentence.End, $"token {token} outside {sentence}");
        }
        if (fileText is not null)
            Assert.Equal(article.Text, fileText.Substring(article.Offset, article.Text.Length));
        Assert.InRange(article.Line, 1, int.MaxValue);
    }

    public class FromText
    {
        [Fact]
        public void Given_messy_text_in_any_format_When_loaded_and_tokenized_Then_nothing_throws_and_offsets_round_trip() =>
            Gen.Select(Messy, Gen.Int[0, Names.Length - 1]).Sample((text, n) =>
            {
                var name = Names[n];
                var corpus = Corpus.FromText(text, name);
                foreach (var article in corpus)
                    AssertConsistent(article, name.EndsWith(".jsonl", StringComparison.Ordinal) ? null : text);
                Assert.All(corpus.Problems, p => Assert.Equal(name, p.Path));
            }, iter: 2_000);
    }

    public class FromFiles
    {
        [Fact]
        public void Given_random_bytes_in_any_format_When_loaded_Then_each_file_loads_or_is_a_problem_never_an_exception()
        {
            using var folder = new TempFolder();
            var bytes = Gen.OneOf(Gen.Byte.Array[0, 600], Messy.Select(s => Encoding.UTF8.GetBytes(s)),
                Messy.Select(s => (byte[])[.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(s)]));
            Gen.Select(bytes, Gen.Int[0, Names.Length - 1]).Sample((content, n) =>
            {
                var path = folder.WriteBytes($"{Guid.NewGuid():N}-{Names[n]}", content); // samples run in parallel
                var corpus = Corpus.Load(path);
                var articles = corpus.ToList();
                var decoded = articles.Count == 0 ? null : Decode(content);
                try
                {
                    foreach (var article in articles)
                        AssertConsistent(article, Names[n].EndsWith(".jsonl", StringComparison.Ordinal) ? null : decoded);
                }
                catch (Exception e)
                {
                    throw new InvalidOperationException($"{Names[n]}: {Convert.ToHexString(content)}", e);
                }
                Assert.True(articles.Count > 0 || corpus.Problems.Count > 0, "a file that yields nothing is named as a problem");
            }, iter: 500);
        }

        private static string Decode(byte[] bytes) =>
            bytes.AsSpan().StartsWith(Encoding.Unicode.GetPreamble()) ? Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2)
            : bytes.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()) ? Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)
            : Encoding.UTF8.GetString(bytes);
    }
}
