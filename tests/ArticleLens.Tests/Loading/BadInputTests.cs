namespace ArticleLens.Tests.Loading;

public class BadInputTests
{
    private static readonly string SeedText = File.ReadAllText(Seeds.SeedArticle);

    public class OverlongLines
    {
        [Fact]
        public void Given_a_single_10_MB_line_When_loaded_Then_it_is_one_problem_and_the_next_file_loads()
        {
            using var folder = new TempFolder();
            var path = folder.Write("a-huge.txt", "Title\n" + new string('x', 10 * 1024 * 1024) + "\n");
            folder.Write("b-seed.txt", SeedText);

            var corpus = Corpus.Load(folder.Path);
            var article = Assert.Single(corpus);

            Assert.Equal(599, article.Number);
            var problem = Assert.Single(corpus.Problems);
            Assert.Equal((path, 2), (problem.Path, problem.Line));
            Assert.Contains("longer than 2,097,152 characters", problem.Reason);
        }

        [Fact]
        public void Given_an_overlong_line_in_one_article_of_many_When_loaded_Then_only_that_article_is_skipped()
        {
            var text = "Article Number: 1\nFirst\nOne.\nArticle Number: 2\nSecond\n" + new string('y', 5000) + "\nMore.\nArticle Number: 3\nThird\nThree.\n";
            using var folder = new TempFolder();
            var corpus = Corpus.Load([folder.Write("many.txt", text)], new CorpusOptions { MaxLineLength = 1000 });

            var articles = corpus.ToList();

            Assert.Equal([1, 3], articles.Select(a => a.Number ?? 0));
            Assert.Equal(6, Assert.Single(corpus.Problems).Line);
            var third = articles[1];
            Assert.Equal(8, third.Line);
            Assert.Equal("Three.", third.SentenceText(1));
            Assert.Equal(text.IndexOf("Article Number: 3", StringComparison.Ordinal), third.Offset);
        }

        [Theory]
        [InlineData("rows.csv", "text\n", "fine.\n")]
        [InlineData("rows.jsonl", "", "{\"text\": \"fine.\"}\n")]
        public void Given_an_overlong_record_line_When_loaded_Then_only_that_record_is_skipped(string name, string header, string good)
        {
            using var folder = new TempFolder();
            var path = folder.Write(name, header + new string('z', 3000) + "\n" + good);

            var corpus = Corpus.Load([path], new CorpusOptions { MaxLineLength = 1000 });

            Assert.Single(corpus);
            Assert.Contains("longer than 1,000 characters", Assert.Single(corpus.Problems).Reason);
        }

        [Theory]
        [InlineData("text,id\n")]
        [InlineData("\ntext,id\n\n  \n")]
        public void Given_a_csv_header_and_no_records_When_loaded_Then_the_file_is_a_problem_at_its_header(string text)
        {
            using var folder = new TempFolder();

            var corpus = Corpus.Load(folder.Write("empty.csv", text));

            Assert.Empty(corpus);
            var problem = Assert.Single(corpus.Problems);
            Assert.Equal((text.StartsWith('\n') ? 2 : 1, "a header row and no records"), (problem.Line, problem.Reason));
        }
    }

    public class Headers
    {
        [Fact]
        public void Given_duplicate_article_numbers_in_a_file_When_loaded_Then_one_problem_and_both_articles_load()
        {
            var corpus = Corpus.FromText("Article Number: 5\nA\nOne.\nArticle Number: 5\nB\nTwo.\n", "dup.txt");

            var articles = corpus.ToList();

            Assert.Equal(["5", "5#2"], articles.Select(a => a.Id));
            var problem = Assert.Single(corpus.Problems);
            Assert.Equal(4, problem.Line);
            Assert.Contains("duplicate article number 5 (first at line 1)", problem.Reason);
        }

        [Fact]
        public void Given_the_same_article_in_two_files_When_loaded_Then_that_is_no_problem()
        {
            using var folder = new TempFolder();
            folder.Write("a.txt", SeedText);
            folder.Write("b.txt", SeedText.Replace("\n", "\r\n"));

            var corpus = Corpus.Load(folder.Path);

            Assert.Equal(2, corpus.Count());
            Assert.Empty(corpus.Problems);
        }

        [Theory]
        [InlineData("Article Number: five\nTitle\nOne.\n", "'five' is not a whole number")]
        [InlineData("Article Number:\nTitle\nOne.\n", "has no number")]
        [InlineData("Article Number: 12a\nTitle\nOne.\n", "'12a' is not a whole number")]
        public void Given_a_header_without_a_number_When_loaded_Then_one_problem_and_the_article_loads(string text, string reason)
        {
            var corpus = Corpus.FromText(text, "n.txt");

            var article = Assert.Single(corpus);
            Assert.Null(article.Number);
            Assert.Equal("Title", article.Title);
            var problem = Assert.Single(corpus.Problems);
            Assert.Equal((1, true), (problem.Line, problem.Reason.Contains(reason, StringComparison.Ordinal)));
        }
    }

    public class Unreadable
    {
        [Fact]
        public void Given_a_file_locked_by_another_writer_When_loaded_Then_it_is_one_problem_and_the_rest_load()
        {
            using var folder = new TempFolder();
            var locked = folder.Write("a-locked.txt", SeedText);
            folder.Write("b-seed.txt", SeedText);
            using var holder = new FileStream(locked, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

            var corpus = Corpus.Load(folder.Path);

            Assert.Single(corpus);
            var problem = Assert.Single(corpus.Problems);
            Assert.Equal(locked, problem.Path);
            Assert.Contains("cannot read the file", problem.Reason);
        }

        [Fact]
        public void Given_a_dangling_link_in_a_folder_When_loaded_Then_it_is_one_problem()
        {
            using var folder = new TempFolder();
            folder.Write("b-seed.txt", SeedText);
            var link = Path.Combine(folder.Path, "a-gone.txt");
            File.CreateSymbolicLink(link, Path.Combine(folder.Path, "missing.txt"));

            var corpus = Corpus.Load(folder.Path);

            Assert.Single(corpus);
            Assert.Contains("cannot read the file", Assert.Single(corpus.Problems).Reason);
        }
    }

    public class Strict
    {
        [Fact]
        public void Given_strict_mode_When_several_inputs_are_bad_Then_one_exception_lists_them_all()
        {
            using var folder = new TempFolder();
            folder.Write("good.txt", SeedText);
            folder.WriteBytes("empty.txt", []);
            folder.Write("bad.md", "---\ntitle: [unclosed\n---\nBody.\n");
            folder.Write("dup.txt", "Article Number: 1\nA\nOne.\nArticle Number: 1\nB\nTwo.\n");

            var corpus = Corpus.Load([folder.Path], new CorpusOptions { Strict = true });

            var error = Assert.Throws<CorpusLoadException>(() => corpus.ToList());
            Assert.Equal(["bad.md", "dup.txt", "empty.txt"], error.Problems.Select(p => Path.GetFileName(p.Path)));
            Assert.All(error.Problems, p => Assert.Contains(p.ToString(), error.Message));
        }
    }
}
