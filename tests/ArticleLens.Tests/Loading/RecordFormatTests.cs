namespace ArticleLens.Tests.Loading;

public class RecordFormatTests
{
    private static void AssertExactOffsets(string fileText, Article article)
    {
        Assert.Equal(article.Text, fileText.Substring(article.Offset, article.Text.Length));
        foreach (var token in article.Tokenize().Tokens)
            Assert.Equal(token.In(article.Text).ToString(), fileText.Substring(article.Offset + token.Start, token.Length));
    }

    public class Csv
    {
        private const string Text = "id,title,date,text,lang\r\n"
                                    + "101,First,2021-06-13,\"He said \"\"yes\"\". Then he left, smiling.\nA new line.\",en\r\n"
                                    + "102,\"Second, with comma\",13 June 2021,Plain text here. Another one.,fr\r\n";

        [Fact]
        public void Given_a_csv_When_loaded_Then_each_record_is_an_article_with_its_columns()
        {
            var articles = Corpus.FromText(Text, "rows.csv").ToList();

            Assert.Equal([101, 102], articles.Select(a => a.Number ?? 0));
            Assert.Equal(["First", "Second, with comma"], articles.Select(a => a.Title));
            Assert.Equal([new DateOnly(2021, 6, 13), new DateOnly(2021, 6, 13)], articles.Select(a => a.Date!.Value));
            Assert.Equal([3, 2], articles.Select(a => a.Sentences.Count));
            Assert.Equal("en", articles[0].Metadata["lang"]);
            Assert.Equal([2, 4], articles.Select(a => a.Line));
        }

        [Fact]
        public void Given_quoted_fields_When_loaded_Then_the_text_is_the_file_text_and_offsets_are_exact()
        {
            var articles = Corpus.FromText(Text, "rows.csv").ToList();

            Assert.StartsWith("He said \"\"yes\"\".", articles[0].Text);
            foreach (var article in articles) AssertExactOffsets(Text, article);
        }

        [Theory]
        [InlineData("rows.csv", "body;headline\n\"One; two. Three.\";Title\n")]
        [InlineData("rows.tsv", "body\theadline\nOne, two. Three.\tTitle\n")]
        public void Given_other_delimiters_and_column_names_When_loaded_with_those_columns_Then_they_are_used(string name, string text)
        {
            var options = new CorpusOptions { Columns = new RecordColumns(Text: "body", Title: "headline") };

            var article = Assert.Single(Corpus.FromText(text, name, options));

            Assert.Equal("Title", article.Title);
            Assert.Equal(2, article.Sentences.Count);
        }

        [Fact]
        public void Given_no_text_column_When_loaded_Then_one_problem_names_the_columns_and_the_option()
        {
            var corpus = Corpus.FromText("a,b\n1,2\n", "rows.csv");

            Assert.Empty(corpus);
            var problem = Assert.Single(corpus.Problems);
            Assert.Equal(1, problem.Line);
            Assert.Contains("no 'text' column", problem.Reason);
            Assert.Contains("--text-column", problem.Reason);
        }

        [Fact]
        public void Given_bad_records_When_loaded_Then_each_is_one_problem_and_the_rest_load()
        {
            var corpus = Corpus.FromText("id,text,date\n1,Good one.,\n2,,\n3,Bad date.,someday\n4,\"Never closed.\n", "rows.csv");

            var articles = corpus.ToList();

            Assert.Equal(["1", "3"], articles.Select(a => a.Id));
            Assert.Equal([3, 4, 5], corpus.Problems.Select(p => p.Line));
            Assert.Contains("empty", corpus.Problems[0].Reason);
            Assert.Contains("'someday'", corpus.Problems[1].Reason);
            Assert.Contains("never closed", corpus.Problems[2].Reason);
        }
    }

    public class JsonLines
    {
        [Fact]
        public void Given_json_lines_When_loaded_Then_each_object_is_an_article()
        {
            const string text = "{\"id\": \"a1\", \"title\": \"First\", \"date\": \"2021-06-13T09:29:05-04:00\", \"text\": \"One here. Two here.\", \"n\": 3}\n"
                                + "\n{\"text\": \"China\\u2019s plan.\\nThe U.S. agreed.\"}\n";

            var articles = Corpus.FromText(text, "rows.jsonl").ToList();

            Assert.Equal(["a1", "rows#2"], articles.Select(a => a.Id));
            Assert.Equal(new DateOnly(2021, 6, 13), articles[0].Date);
            Assert.Equal("3", articles[0].Metadata["n"]);
            Assert.Equal("China\u2019s plan.\nThe U.S. agreed.", articles[1].Text);
            Assert.Equal(2, articles[1].Sentences.Count);
            AssertExactOffsets(text, articles[0]); // no escapes: exact file offsets
            Assert.Equal(3, articles[1].Line);
        }

        [Fact]
        public void Given_bad_lines_When_loaded_Then_each_is_one_problem_and_the_rest_load()
        {
            var corpus = Corpus.FromText("{\"text\": \"Fine.\"}\nnot json\n{\"title\": \"x\"}\n{\"text\": 5}\n[1]\n", "rows.ndjson");

            Assert.Single(corpus);
            Assert.Equal([2, 3, 4, 5], corpus.Problems.Select(p => p.Line));
            Assert.Contains("not valid JSON", corpus.Problems[0].Reason);
            Assert.Contains("no 'text' property", corpus.Problems[1].Reason);
            Assert.Contains("not a string", corpus.Problems[2].Reason);
            Assert.Contains("not a JSON object", corpus.Problems[3].Reason);
        }
    }
}
