using ArticleLens.Pledges;

namespace ArticleLens.Tests.Pledges;

public class CuePrefilterTests
{
    [Theory]
    [InlineData("China will build ten hospitals.")]
    [InlineData("WILL they come?")]
    [InlineData("We stand ready-to-help.")]                       // hyphens split the match stream
    [InlineData("The plan's aim: support\u2019s reach.")]          // an apostrophe ends the word
    [InlineData("Burgeoning ties; we support them.")]              // a rejected candidate, then a cue
    [InlineData("**Let** us act.")]                                // Markdown residue is not a letter
    [InlineData("We call\u200Bfor calm.")]                         // a zero-width space separates words
    public void Given_a_cue_word_When_filtered_Then_the_sentence_is_kept(string sentence) =>
        Assert.True(CuePrefilter.MayHoldCue(sentence));

    [Theory]
    [InlineData("The committee met on Monday.")]                   // commit inside committee
    [InlineData("Belt and Road cooperation is burgeoning.")]       // urge inside burgeoning
    [InlineData("Peoples supporting each other.")]                 // support inside supporting
    [InlineData("The task was completed in 2021.")]                // let inside completed
    [InlineData("Goodwill and willpower.")]                        // will inside longer words
    [InlineData("No cue at all.")]
    [InlineData("")]
    public void Given_cue_letters_inside_other_words_When_filtered_Then_the_sentence_is_skipped(string sentence) =>
        Assert.False(CuePrefilter.MayHoldCue(sentence));

    [Fact]
    public void Given_the_seed_corpus_When_filtered_Then_every_sentence_whose_terms_hold_a_cue_word_is_kept()
    {
        var vocabulary = new Vocabulary();
        var needles = PledgeCues.Needles().Select(word => vocabulary.Intern(word)).ToHashSet();
        var terms = new List<Term>();
        var checkedSentences = 0;
        foreach (var article in Corpus.Load(Seeds.Folder))
        {
            foreach (var sentence in article.Sentences)
            {
                var tokens = new List<Token>();
                foreach (var token in Tokenizer.Scan(article.Text, sentence.Start, sentence.End, sentence.Index)) tokens.Add(token);
                terms.Clear();
                TermStream.Append(article.Text, [.. tokens], vocabulary, terms);
                if (!terms.Exists(t => needles.Contains(t.Id))) continue;
                checkedSentences++;
                Assert.True(CuePrefilter.MayHoldCue(article.SentenceText(sentence)), article.SentenceText(sentence).ToString());
            }
        }
        Assert.True(checkedSentences > 100, $"only {checkedSentences} sentences with a cue word");
    }
}
