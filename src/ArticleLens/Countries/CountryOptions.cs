namespace ArticleLens.Countries;

/// <summary>What a <see cref="CountryMatcher"/> reports.</summary>
public sealed record CountryOptions
{
    /// <summary>Names, official names, aliases and demonyms; capitals are not counted ("in Beijing" is a venue more often than a country).</summary>
    public static CountryOptions Default { get; } = new();

    /// <summary>As <see cref="Default"/>, and capitals count as mentions of their country.</summary>
    public static CountryOptions WithCapitals { get; } = new() { IncludeCapitals = true };

    /// <summary>True when capitals count as mentions of their country.</summary>
    public bool IncludeCapitals { get; init; }
}
