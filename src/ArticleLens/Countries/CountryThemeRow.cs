namespace ArticleLens.Countries;

/// <summary>A country (or group) and a theme named in the same sentences.</summary>
/// <param name="Iso3">Code of the country or group.</param>
/// <param name="Country">Its name.</param>
/// <param name="Theme">The theme.</param>
/// <param name="Sentences">Number of sentences that name the country and hit the theme.</param>
public sealed record CountryThemeRow(string Iso3, string Country, string Theme, int Sentences)
{
    /// <summary>One line: "CHN China × health: 4 sentences".</summary>
    public override string ToString() => $"{Iso3} {Country} × {Theme}: {Sentences:N0} sentence{(Sentences == 1 ? "" : "s")}";
}
