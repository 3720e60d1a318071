using System.Runtime.InteropServices;
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

    [Theory]
    [InlineData("We are ready to help.")]
    [InlineData("We are ready-to-help.")]                           // the hyphen splits the match stream
    [InlineData("We stand ready **to** help.")]                     // Markdown residue is skipped like space
    [InlineData("We stand ready <b>to</b> help.")]                  // an HTML tag may hide the next word: kept
    [InlineData("We call on all parties.")]
    [InlineData("They CALL UPON the council.")]
    public void Given_a_cue_word_and_its_next_word_When_filtered_Then_the_sentence_is_kept(string sentence) =>
        Assert.True(CuePrefilter.MayHoldCue(sentence));

    [Theory]
    [InlineData("The development plan was adopted.")]              // plan, but not "plan to"
    [InlineData("The needs of the poor come first.")]              // needs, but not "needs to"
    [InlineData("A phone call.")]                                  // call at the end
    [InlineData("They were ready in 2021.")]
    public void Given_a_cue_word_without_its_next_word_When_filtered_Then_the_sentence_is_skipped(string sentence) =>
        Assert.False(CuePrefilter.MayHoldCue(sentence));

    [Fact]
    public void Given_the_seed_corpus_When_filtered_Then_every_sentence_whose_terms_hold_a_modal_cue_is_kept()
    {
        var vocabulary = new Vocabulary();
        var matcher = new PhraseMatcher<string>(PledgeCues.Modals.Select(m => (Pattern.Parse(m.Pattern), m.Pattern)), vocabulary);
        var terms = new List<Term>();
        var matches = new List<PhraseMatch<string>>();
        var checkedSentences = 0;
        foreach (var article in Corpus.Load(Seeds.Folder))
        {
            foreach (var sentence in article.Sentences)
            {
                var tokens = new List<Token>();
                foreach (var token in Tokenizer.Scan(article.Text, sentence.Start, sentence.End, sentence.Index)) tokens.Add(token);
                terms.Clear();
                TermStream.Append(article.Text, [.. tokens], vocabulary, terms);
                matches.Clear();
                matcher.FindAll(CollectionsMarshal.AsSpan(terms), article.Text, matches);
                if (matches.Count == 0) continue;
                checkedSentences++;
                Assert.True(CuePrefilter.MayHoldCue(article.SentenceText(sentence)), article.SentenceText(sentence).ToString());
            }
        }
        Assert.True(checkedSentences > 100, $"only {checkedSentences} sentences with a cue");
    }
}
