namespace ArticleLens.Themes;

/// <summary>How much of a group (the corpus, an article or a sentence) any theme reaches.</summary>
/// <param name="Article">The article's id, null for the corpus.</param>
/// <param name="Sentence">The 1-based sentence when grouped by sentence.</param>
/// <param name="Words">Words in the group.</param>
/// <param name="Sentences">Sentences in the group.</param>
/// <param name="CodedSentences">Sentences with at least one hit of any theme.</param>
/// <param name="Hits">Hits of all themes.</param>
public sealed record ThemeCoverage(string? Article, int? Sentence, long Words, int Sentences, int CodedSentences, int Hits)
{
    /// <summary>Share of the group's sentences with at least one hit (0 when it has none).</summary>
    public double Coverage => Sentences == 0 ? 0 : (double)CodedSentences / Sentences;

    /// <summary>One line: "599: 52 of 63 sentences coded (83%), 154 hits".</summary>
    public override string ToString() =>
        $"{Article ?? "corpus"}{(Sentence is null ? "" : $"/{Sentence}")}: {CodedSentences} of {Sentences} sentences coded ({Coverage * 100:0}%), {Hits} hits";
}
