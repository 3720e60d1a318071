namespace ArticleLens.Tests.Loading;

public class PlainTextTests
{
    private static Article Load(string text, string name = "speech.txt") => Assert.Single(Corpus.FromText(text, name));

    private static string[] Sentences(Article article) => [.. article.Sentences.Select(s => article.SentenceText(s).ToString())];

    public class HardWrapped
    {
        [Fact]
        public void Given_wrapped_paragraphs_When_loaded_Then_lines_are_joined_and_split_into_sentences()
        {
            var article = Load("Mr. President,\nColleagues,\n\nToday, humanity has come to a\ncrossroads. We are facing a changing and\nturbulent world. The role of the U.N.\nshould be strengthened.\n");

            Assert.Equal(["Mr. President,\nColleagues,", "Today, humanity has come to a\ncrossroads.", "We are facing a changing and\nturbulent world.",
                "The role of the U.N.\nshould be strengthened."], Sentences(article));
            Assert.Equal("speech", article.Title);
        }

        [Fact]
        public void Given_a_page_break_inside_a_sentence_When_loaded_Then_the_sentence_goes_on_after_the_blank_line()
        {
            var article = Load("We see a world that is\nchanging fast. Meanwhile, we are\n\nalso embracing a world full of hope.\n\nNew paragraph here.\n");

            Assert.Equal(["We see a world that is\nchanging fast.", "Meanwhile, we are\n\nalso embracing a world full of hope.", "New paragraph here."], Sentences(article));
        }

        [Fact]
        public void Given_numbered_paragraphs_When_loaded_Then_the_numbers_are_not_part_of_sentences()
        {
            var article = Load("I should like to begin by congratulating the\nPresident on his election.\n233.\tMy country would also like to greet\nthe nation of Hungary.\n234.\tNor can I omit Mr.\nKittani of Iraq.\n");

            Assert.Equal(["I should like to begin by congratulating the\nPresident on his election.", "My country would also like to greet\nthe nation of Hungary.",
                "Nor can I omit Mr.\nKittani of Iraq."], Sentences(article));
        }

        [Fact]
        public void Given_an_ocr_hyphen_across_a_line_break_When_tokenized_Then_the_word_is_whole_and_normalised()
        {
            var article = Load("The principle of sover\u00AC\neignty was upheld in the\nregion by all of them.\n");
            var tokenized = article.Tokenize();

            var word = tokenized.Tokens.Single(t => tokenized.TextOf(t).StartsWith("sover", StringComparison.Ordinal));
            Assert.Equal("sovereignty", tokenized.NormOf(word));
            Assert.Single(article.Sentences);
        }
    }

    public class OneParagraphPerLine
    {
        [Fact]
        public void Given_long_lines_with_several_sentences_When_loaded_Then_each_line_is_split()
        {
            var article = Load("30. The delegation expresses hope. The Assembly must be on guard.\n\r31. Despite efforts, the situation is grave. It is a time of concern.\n\r");

            Assert.Equal(["The delegation expresses hope.", "The Assembly must be on guard.", "Despite efforts, the situation is grave.", "It is a time of concern."],
                Sentences(article));
            Assert.Equal(2, article.LineOf(article.Sentences[2].Start)); // \n\r is one line break
        }

        [Fact]
        public void Given_the_seed_without_its_header_When_loaded_Then_title_tag_source_and_63_sentences_are_read()
        {
            var seed = File.ReadAllText(Seeds.SeedArticle);
            var article = Load(seed[(seed.IndexOf('\n') + 1)..], "no-header.txt");

            Assert.Null(article.Number);
            Assert.Equal("China", article.CountryTag);
            Assert.StartsWith("Xi Jinping Chairs", article.Title);
            Assert.Equal("Ministry of Foreign Affairs, People's Republic of China", article.Source);
            Assert.Equal(63, article.Sentences.Count);
        }

        [Fact]
        public void Given_the_seed_body_on_one_line_When_loaded_Then_it_still_has_63_sentences()
        {
            var seed = Seeds.LoadSeed();
            var body = string.Join(' ', seed.Sentences.Select(s => seed.SentenceText(s).ToString()));
            var article = Load($"Article Number: 599\nChina: {seed.Title}\n{body}\n(Ministry of Foreign Affairs, People's Republic of China)\n");

            Assert.Equal(63, article.Sentences.Count);
            Assert.Equal(seed.SentenceText(42), article.SentenceText(42));
        }
    }

    public class Titles
    {
        [Theory]
        [InlineData("A Plain Title\n\nFirst sentence here.\nSecond one.\n", "A Plain Title", 2)]
        [InlineData("China and Central Asia hold a summit\n\nFirst sentence here.\n", "China and Central Asia hold a summit", 1)]
        [InlineData("Xi Jinping Chairs the Virtual Summit\nFirst sentence here.\nSecond one.\n", "Xi Jinping Chairs the Virtual Summit", 2)]
        [InlineData("Mr. President,\n\nFirst sentence here.\n", "speech", 2)]
        [InlineData("**Mr President,**\n\nFirst sentence here.\n", "speech", 2)]
        [InlineData("Excellencies, Ladies and Gentlemen\n\nFirst sentence here.\n", "speech", 2)]
        [InlineData("This is a sentence.\nAnd another.\n", "speech", 2)]
        public void Given_a_first_line_When_loaded_Then_it_is_the_title_only_when_it_looks_like_one(string text, string title, int sentences)
        {
            var article = Load(text);

            Assert.Equal(title, article.Title);
            Assert.Equal(sentences, article.Sentences.Count);
        }

        [Theory]
        [InlineData("2021-06-13-carbis-bay.txt", "2021-06-13")]
        [InlineData("notes_2022_01_27.txt", "2022-01-27")]
        [InlineData("2021-13-45-nonsense.txt", null)]
        [InlineData("CHN_79_2024.txt", null)]
        public void Given_a_file_name_with_a_date_When_loaded_Then_the_article_has_that_date(string name, string? date)
        {
            var article = Load("Title Here\n\nOne sentence.\n", name);

            Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), article.Date);
        }
    }
}
