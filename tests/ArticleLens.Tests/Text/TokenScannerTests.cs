namespace ArticleLens.Tests.Text;

public class TokenScannerTests
{
    public class Tokenize
    {
        [Theory]
        [InlineData("China's good-neighborly policy", "China's|good-neighborly|policy")]
        [InlineData("1,200 scholarships in 2022.", "1,200|scholarships|in|2022|.")]
        [InlineData("500 million U.S. dollars", "500|million|U.S.|dollars")]
        [InlineData("the U.S.", "the|U.S.")]
        [InlineData("U.N.-led talks", "U.N.|-|led|talks")]
        [InlineData("It can't be finished.", "It|can't|be|finished|.")]
        [InlineData("China\u2019s \u201cfast tracks\u201d", "China\u2019s|\u201c|fast|tracks|\u201d")]
        [InlineData("\"green lanes\"", "\"|green|lanes|\"")]
        [InlineData("China-Central Asia", "China-Central|Asia")]
        [InlineData("people-to-people exchanges", "people-to-people|exchanges")]
        [InlineData("COVID-19 vaccines", "COVID-19|vaccines")]
        [InlineData("the 30th anniversary", "the|30th|anniversary")]
        [InlineData("in the 1990s", "in|the|1990s")]
        [InlineData("5G networks", "5G|networks")]
        [InlineData("a 50-year plan", "a|50-year|plan")]
        [InlineData("2021-2025", "2021|-|2025")]
        [InlineData("1.5 billion", "1.5|billion")]
        [InlineData("1,2,3", "1|,|2|,|3")]
        [InlineData("Mr. Wang met Dr. Li", "Mr.|Wang|met|Dr.|Li")]
        [InlineData("Wait...", "Wait|...")]
        [InlineData("$500", "$|500")]
        [InlineData("sover\u00ACeignty", "sover\u00ACeignty")]
        [InlineData("sover\u00AD\u200Beignty", "sover|eignty")]
        [InlineData("a\u00A0b", "a|b")]
        [InlineData("caf\u00E9 na\u0131ve", "caf\u00E9|na\u0131ve")]
        [InlineData("\U0001F600 ok", "\U0001F600|ok")]
        [InlineData("", "")]
        public void Given_text_When_tokenized_Then_tokens_are_as_expected(string text, string expected)
        {
            var tokens = Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]);

            Assert.Equal(expected, string.Join('|', tokens));
        }

        [Theory]
        [InlineData("1,200", TokenKind.Number, 1200.0)]
        [InlineData("2022", TokenKind.Number, 2022.0)]
        [InlineData("50,000,000", TokenKind.Number, 50_000_000.0)]
        [InlineData("1.25", TokenKind.Number, 1.25)]
        [InlineData("30th", TokenKind.Number, 30.0)]
        [InlineData("U.S.", TokenKind.Word, null)]
        [InlineData(",", TokenKind.Punctuation, null)]
        [InlineData("$", TokenKind.Symbol, null)]
        public void Given_one_token_Then_kind_and_value_are_parsed(string text, TokenKind kind, double? value)
        {
            var token = Assert.Single(Tokenizer.Tokenize(text));

            Assert.Equal(kind, token.Kind);
            Assert.Equal(value, token.Value);
        }

        [Theory]
        [InlineData("China\u2019s", "china's")]
        [InlineData("U.S.", "u.s.")]
        [InlineData("1,200", "1200")]
        [InlineData("Good\u2011Neighborly", "good-neighborly")]
        [InlineData("sover\u00ACeignty", "sovereignty")]
        [InlineData("sover\u00AD\u00ADeignty", "sovereignty")]
        [InlineData("\u00C9TAT", "\u00E9tat")]
        public void Given_a_token_Then_its_normal_form_unifies_case_apostrophes_and_hyphens(string text, string norm)
        {
            var token = Assert.Single(Tokenizer.Tokenize(text));

            Assert.Equal(norm, TextNormalizer.Normalize(token.In(text), token.Kind));
        }
    }

    public class Offsets
    {
        [Fact]
        public void Given_the_seed_When_tokenized_Then_every_token_points_at_its_text()
        {
            var tokenized = Seeds.LoadSeed().Tokenize();

            Assert.NotEmpty(tokenized.Tokens);
            Assert.All(tokenized.Tokens, t =>
            {
                Assert.Equal(tokenized.TextOf(t), tokenized.Article.Text[t.Start..t.End]);
                Assert.False(string.IsNullOrWhiteSpace(tokenized.TextOf(t)));
            });
        }

        [Fact]
        public void Given_a_sentence_When_tokens_are_joined_with_their_gaps_Then_the_sentence_is_rebuilt()
        {
            var article = Seeds.LoadSeed();
            var sentence = article.Sentences[34];
            var text = article.Text;
            var tokens = Tokenizer.Tokenize(text[sentence.Start..sentence.End]);

            var rebuilt = string.Concat(tokens.Select((t, i) =>
                (i == 0 ? "" : text.Substring(sentence.Start + tokens[i - 1].End, t.Start - tokens[i - 1].End)) + text.Substring(sentence.Start + t.Start, t.Length)));

            Assert.Equal(article.SentenceText(sentence).ToString(), rebuilt);
        }
    }

    public class CountWords
    {
        [Fact]
        public void Given_every_sample_article_When_words_are_counted_Then_the_count_is_the_tokenized_word_count()
        {
            var articles = Corpus.Load(Seeds.Folder).ToList();

            Assert.NotEmpty(articles);
            Assert.All(articles, a => Assert.Equal(a.Tokenize().WordCount, a.CountWords()));
            Assert.Equal(6, Corpus.FromText("Article Number: 1\nT\nChina's 1,200 U.S. scholarships, won't stop.\n").Single().CountWords());
        }
    }
}
