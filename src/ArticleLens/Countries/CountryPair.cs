namespace ArticleLens.Countries;

/// <summary>Two countries (or groups) named in the same sentences.</summary>
/// <param name="Iso3A">Code of the first (ordinal order).</param>
/// <param name="CountryA">Name of the first.</param>
/// <param name="Iso3B">Code of the second.</param>
/// <param name="CountryB">Name of the second.</param>
/// <param name="Sentences">Number of sentences that name both.</param>
/// <param name="Articles">Number of articles with such a sentence.</param>
public sealed record CountryPair(string Iso3A, string CountryA, string Iso3B, string CountryB, int Sentences, int Articles)
{
    /// <summary>One line: "CHN China + KGZ Kyrgyzstan: 2 sentences".</summary>
    public override string ToString() => $"{Iso3A} {CountryA} + {Iso3B} {CountryB}: {Sentences:N0} sentence{(Sentences == 1 ? "" : "s")}";
}
