namespace ArticleLens.Countries;

/// <summary>
/// How often a country or group is named, in the corpus or in one article, and how. The kind counts and
/// <see cref="ViaGroups"/> add up to <see cref="Mentions"/>.
/// </summary>
/// <param name="Article">The article id for a row by article, else null.</param>
/// <param name="Iso3">ISO 3166-1 alpha-3 code of the country, or the group id.</param>
/// <param name="Country">Display name of the country or group.</param>
/// <param name="IsGroup">True for a regional group.</param>
/// <param name="Mentions">Number of mentions.</param>
/// <param name="Articles">Number of articles with at least one mention.</param>
/// <param name="Names">Mentions by a common name.</param>
/// <param name="OfficialNames">Mentions by an official name.</param>
/// <param name="Aliases">Mentions by an alias.</param>
/// <param name="Demonyms">Mentions by a demonym or adjective.</param>
/// <param name="Capitals">Mentions by a capital (zero unless capitals were asked for).</param>
/// <param name="SelfMentions">Mentions of the country by articles it issued (its country tag).</param>
/// <param name="ViaGroups">Mentions credited through a group expanded on request.</param>
public sealed record CountryRow(string? Article, string Iso3, string Country, bool IsGroup, int Mentions, int Articles,
    int Names, int OfficialNames, int Aliases, int Demonyms, int Capitals, int SelfMentions, int ViaGroups)
{
    /// <summary>The mentions of <paramref name="kind"/>.</summary>
    public int Count(MentionKind kind) => kind switch
    {
        MentionKind.Name => Names,
        MentionKind.OfficialName => OfficialNames,
        MentionKind.Alias => Aliases,
        MentionKind.Demonym => Demonyms,
        _ => Capitals,
    };

    /// <summary>One line: "CHN China: 47 mentions in 1 article".</summary>
    public override string ToString() =>
        $"{(Article is null ? "" : Article + " ")}{Iso3} {Country}: {Mentions:N0} mention{(Mentions == 1 ? "" : "s")} in {Articles:N0} article{(Articles == 1 ? "" : "s")}";
}
