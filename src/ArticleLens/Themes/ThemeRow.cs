namespace ArticleLens.Themes;

/// <summary>A theme's counts in one group (the corpus, an article or a sentence): the <c>themes</c> command's row.</summary>
/// <param name="Theme">The theme.</param>
/// <param name="Hits">Hits of the theme in the group.</param>
/// <param name="Sentences">Sentences holding at least one hit.</param>
/// <param name="Articles">Articles holding at least one hit.</param>
/// <param name="Words">Words in the group (word and number tokens), the denominator of <see cref="PerThousandWords"/>.</param>
/// <param name="Article">The article's id when grouped by article or sentence.</param>
/// <param name="Sentence">The 1-based sentence when grouped by sentence.</param>
public sealed record ThemeRow(string Theme, int Hits, int Sentences, int Articles, long Words, string? Article = null, int? Sentence = null)
{
    /// <summary>Hits per 1,000 words of the group (0 when the group has no words).</summary>
    public double PerThousandWords => Words == 0 ? 0 : Hits * 1000.0 / Words;

    /// <summary>One line: "health: 9 hits in 6 sentences of 1 article, 4.71 per 1,000 words".</summary>
    public override string ToString() =>
        $"{(Article is null ? "" : $"{Article}{(Sentence is null ? "" : $"/{Sentence}")} ")}{Theme}: {Hits} hits in {Sentences} sentences of {Articles} article{(Articles == 1 ? "" : "s")}, {PerThousandWords:0.##} per 1,000 words";
}
