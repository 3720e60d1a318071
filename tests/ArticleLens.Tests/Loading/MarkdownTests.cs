namespace ArticleLens.Tests.Loading;

public class MarkdownTests
{
    private const string Release = """
        ---
        tags: statements-releases
        date: '2021-02-10'
        source_url: https://example.org/readout/
        published_time: 2021-02-10 21:11:39-05:00
        title: "Readout of President Joseph R. Biden, Jr. Call with President Xi Jinping of\_\
          \ China\u2019s Leader"
        ---
         
        President Joseph R. Biden, Jr. spoke today with President Xi Jinping of
        China.\u00A0 The leaders met on the 21<sup>st</sup> day, with **Belt and Road**
        on the agenda.  
        \u00A0 

        -   **End the pandemic** by driving an
            intensified effort.  
        -   **Reinvigorate our economies** by advancing recovery plans.

        17\. The G7 has a leading role to play.

        \###
        """;

    private static Article Load(string text, string name = "2021-02-10-readout.md") => Assert.Single(Corpus.FromText(text, name));

    private static string[] Sentences(Article article) => [.. article.Sentences.Select(s => article.SentenceText(s).ToString())];

    public class FrontMatter
    {
        [Fact]
        public void Given_front_matter_When_loaded_Then_title_date_and_fields_are_read_with_yaml_escapes()
        {
            var article = Load(Release.Replace("\\u00A0", "\u00A0"));

            Assert.Equal("Readout of President Joseph R. Biden, Jr. Call with President Xi Jinping of China\u2019s Leader", article.Title);
            Assert.Equal(new DateOnly(2021, 2, 10), article.Date);
            Assert.Equal("statements-releases", article.Metadata["tags"]);
            Assert.Equal("https://example.org/readout/", article.Metadata["source_url"]);
            Assert.Equal("2021-02-10 21:11:39-05:00", article.Metadata["published_time"]);
            Assert.Null(article.Number);
        }

        [Fact]
        public void Given_front_matter_without_date_When_the_file_name_has_one_Then_that_date_is_used()
        {
            var article = Load("---\ntitle: Plain\n---\nOne sentence here.\n", "2022-03-11-statement.md");

            Assert.Equal(new DateOnly(2022, 3, 11), article.Date);
            Assert.Equal("Plain", article.Title);
        }

        [Fact]
        public void Given_no_front_matter_When_a_heading_opens_the_file_Then_it_is_the_title_and_not_a_sentence()
        {
            var article = Load("# Joint Statement on Trade\n\nWe agree. We will act.\n", "statement.md");

            Assert.Equal("Joint Statement on Trade", article.Title);
            Assert.Equal(["We agree.", "We will act."], Sentences(article));
        }

        [Fact]
        public void Given_a_txt_file_opening_with_front_matter_When_loaded_Then_it_is_read_as_markdown()
        {
            var article = Load("---\ntitle: From Text\ndate: 2020-01-02\n---\nOne **bold** sentence.\n", "notes.txt");

            Assert.Equal("From Text", article.Title);
            Assert.Equal(new DateOnly(2020, 1, 2), article.Date);
            Assert.Equal(["One **bold** sentence."], Sentences(article));
        }
    }

    public class Residue
    {
        [Fact]
        public void Given_markdown_residue_When_loaded_Then_sentences_hold_no_bullets_numbers_or_hard_breaks()
        {
            var article = Load(Release.Replace("\\u00A0", "\u00A0"));

            Assert.Equal([
                "President Joseph R. Biden, Jr. spoke today with President Xi Jinping of\nChina.",
                "The leaders met on the 21<sup>st</sup> day, with **Belt and Road**\non the agenda.",
                "End the pandemic** by driving an\n    intensified effort.",
                "Reinvigorate our economies** by advancing recovery plans.",
                "The G7 has a leading role to play.",
            ], Sentences(article));
        }

        [Fact]
        public void Given_markdown_residue_When_tokenized_Then_no_token_is_markup_and_offsets_are_exact()
        {
            var article = Load(Release.Replace("\\u00A0", "\u00A0"));
            var tokenized = article.Tokenize();
            var words = tokenized.Tokens.Select(tokenized.TextOf).ToList();

            Assert.DoesNotContain(words, w => w is "*" or "**" or "sup" or "<" or ">" or "\\" or "#" or "-" or "17" or "st");
            Assert.Contains("Belt", words);
            var ordinal = tokenized.Tokens.Single(t => tokenized.TextOf(t) == "21");
            Assert.True(ordinal.Flags.HasFlag(TokenFlags.Ordinal));
            Assert.All(tokenized.Tokens, t => Assert.Equal(tokenized.TextOf(t), article.Text.Substring(t.Start, t.Length)));
        }

        [Fact]
        public void Given_bold_phrase_When_matched_Then_the_phrase_is_found_through_the_emphasis()
        {
            var article = Load(Release.Replace("\\u00A0", "\u00A0"));

            var line = Assert.Single(new[] { article }.Tokenize().Kwic("Belt and Road"));
            Assert.Equal("Belt and Road", line.Match);
        }

        [Fact]
        public void Given_markdown_residue_around_a_match_When_shown_in_context_Then_the_context_reads_without_it()
        {
            var article = Load(Release.Replace("\\u00A0", "\u00A0"));

            var line = Assert.Single(new[] { article }.Tokenize().Kwic("Belt and Road", window: 4));

            Assert.Equal("21st day, with", line.Left);
            Assert.Equal("on the agenda.", line.Right);
        }
    }

    public class InvalidYaml
    {
        [Fact]
        public void Given_front_matter_that_is_not_yaml_When_loaded_Then_one_problem_names_its_line_and_the_body_loads()
        {
            var corpus = Corpus.FromText("---\ntitle: \"Unclosed\ndate: [2021\n---\nThe body still loads. Yes.\n", "broken.md");

            var article = Assert.Single(corpus);
            var problem = Assert.Single(corpus.Problems);
            Assert.Equal("broken.md", problem.Path);
            Assert.InRange(problem.Line, 2, 4);
            Assert.Contains("front matter is not valid YAML", problem.Reason);
            Assert.Equal("broken", article.Title);
            Assert.Equal(2, article.Sentences.Count);
        }

        [Fact]
        public void Given_a_date_that_is_not_a_date_When_loaded_Then_one_problem_and_no_date()
        {
            var corpus = Corpus.FromText("---\ntitle: T\ndate: soon\n---\nBody.\n", "x.md");

            var article = Assert.Single(corpus);
            Assert.Null(article.Date);
            var problem = Assert.Single(corpus.Problems);
            Assert.Equal(3, problem.Line);
            Assert.Contains("'soon' is not a date", problem.Reason);
        }
    }
}
