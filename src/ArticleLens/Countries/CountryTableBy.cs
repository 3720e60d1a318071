namespace ArticleLens.Countries;

/// <summary>How a <see cref="CountryTable"/> groups its rows.</summary>
public enum CountryTableBy
{
    /// <summary>One row per country or group over the whole corpus.</summary>
    Corpus,
    /// <summary>One row per country or group per article.</summary>
    Article,
}
