namespace ArticleLens.Tests.Loading;

public class SampleCorporaTests
{
    /// <summary>
    /// Real sentences in these samples reach 178 words (a G7 list of programmes); a failed split yields far more.
    /// A sentence over 120 words that holds most of its file's words is a split that did not happen.
    /// </summary>
    private const int GiantSentence = 200, LongSentence = 120;

    /// <summary>The sample corpora in seeds/samples and, where the checkout has it, the originals in ../shared/corpora.</summary>
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { Seeds.Samples, Seeds.SharedCorpora }.Where(Directory.Exists))
        foreach (var file in InputFiles.Expand([folder]).Files)
            data.Add(file);
        return data;
    }

    public class EveryFile
    {
        [Theory]
        [MemberData(nameof(Files), MemberType = typeof(SampleCorporaTests))]
        public void Given_a_sample_file_When_loaded_Then_it_is_one_article_with_plausible_sentences_and_no_problem(string path)
        {
            var corpus = Corpus.Load(path);
            var article = Assert.Single(corpus);
            Assert.Empty(corpus.Problems);

            var tokenized = article.Tokenize();
            var words = new int[article.Sentences.Count + 1];
            foreach (var token in tokenized.Tokens.Where(t => t.IsWordLike)) words[token.Sentence]++;
            Assert.NotEmpty(article.Sentences);
            Assert.All(article.Sentences, s => Assert.True(words[s.Index] > 0, $"sentence {s.Index} has no word: {article.SentenceText(s).ToString()}"));
            var longest = words.Max();
            Assert.True(longest <= GiantSentence, $"a giant sentence of {longest} words");
            Assert.False(longest > LongSentence && longest * 2 > tokenized.WordCount, $"one sentence holds {longest} of {tokenized.WordCount} words");
            Assert.InRange(tokenized.WordCount / (double)article.Sentences.Count, 5, 70); // GBR 2024 speaks in short lines, a fentanyl statement in lists
        }

        [Theory]
        [MemberData(nameof(Files), MemberType = typeof(SampleCorporaTests))]
        public void Given_a_sample_file_When_tokenized_Then_no_token_is_markup_residue(string path)
        {
            var tokenized = Assert.Single(Corpus.Load(path)).Tokenize();

            var residue = tokenized.Tokens.Select(tokenized.TextOf).Where(t => t is "*" or "_" or "<" or ">" or "\\" or "#" or "sup").ToList();

            Assert.Empty(residue);
        }
    }

    public class WhiteHouse
    {
        [Fact]
        public void Given_the_white_house_sample_When_loaded_Then_every_release_has_its_front_matter_title_and_date()
        {
            var articles = Corpus.Load(Path.Combine(Seeds.Samples, "whitehouse")).ToList();

            Assert.Equal(116, articles.Count);
            Assert.All(articles, a =>
            {
                Assert.Equal(DateOnly.ParseExact(Path.GetFileName(a.Path)[..10], "yyyy-MM-dd"), a.Date);
                Assert.NotEqual(Path.GetFileNameWithoutExtension(a.Path), a.Title);
                Assert.DoesNotContain('\u00A0', a.Title);
                Assert.DoesNotContain('\n', a.Title);
                Assert.Equal("statements-releases", a.Metadata["tags"]);
            });
            Assert.Contains(articles, a => a.Title == "CARBIS BAY G7 SUMMIT COMMUNIQU\u00C9");
        }

        [Fact]
        public void Given_a_readout_When_loaded_Then_its_sentences_are_the_ones_a_reader_sees()
        {
            var article = Corpus.Load(Path.Combine(Seeds.Samples, "whitehouse",
                "2021-02-10-readout-of-president-joseph-r-biden-jr-call-with-president-xi-jinping-of-china.md")).Single();

            Assert.Equal("Readout of President Joseph R. Biden, Jr. Call with President Xi Jinping of China", article.Title);
            Assert.Equal(6, article.Sentences.Count);
            Assert.Equal("President Joseph R. Biden, Jr. spoke today with President Xi Jinping of\nChina.", article.SentenceText(1));
        }
    }

    public class UnGeneralDebate
    {
        [Theory]
        [InlineData("ARG_37_1982.txt", "sovereignty")]
        [InlineData("ALB_20_1965.txt", "albania")]
        [InlineData("AUS_20_1965.txt", "australia")]
        [InlineData("CHN_67_2012.txt", "china")]
        public void Given_an_edge_case_speech_When_loaded_Then_its_words_read_cleanly(string file, string norm)
        {
            var tokenized = Corpus.Load(Path.Combine(Seeds.Samples, "ungdc", file)).Single().Tokenize();

            Assert.Contains(norm, tokenized.Tokens.Select(tokenized.NormOf));
            Assert.DoesNotContain(tokenized.Tokens, t => tokenized.TextOf(t).Contains('\u00AC') && tokenized.NormOf(t).Contains('\u00AC'));
            Assert.DoesNotContain(tokenized.Tokens, t => tokenized.TextOf(t) == "\uFEFF");
        }

        [Fact]
        public void Given_numbered_paragraphs_When_loaded_Then_no_sentence_starts_with_its_paragraph_number()
        {
            var article = Corpus.Load(Path.Combine(Seeds.Samples, "ungdc", "ALB_20_1965.txt")).Single();

            Assert.DoesNotContain(article.Sentences, s => char.IsDigit(article.SentenceText(s)[0]) && article.SentenceText(s).IndexOf(". ") is > 0 and < 4);
            Assert.StartsWith("The delegation of the People's Republic of Albania", article.SentenceText(1));
        }
    }

    public class Copies
    {
        [Fact]
        public void Given_the_shared_corpora_When_present_Then_the_samples_are_byte_for_byte_copies()
        {
            if (!Directory.Exists(Seeds.SharedCorpora)) return; // a checkout without ../shared: nothing to compare
            foreach (var (shared, copy) in new[] { ("wh_briefings_diplomatic", "whitehouse"), ("ungdc", "ungdc") })
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Seeds.SharedCorpora, shared)))
                Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(Seeds.Samples, copy, Path.GetFileName(file))));
        }
    }
}
