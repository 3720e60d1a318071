namespace ArticleLens.Countries;

/// <summary>An ISO 3166-1 country (or territory) with the forms English news text uses for it.</summary>
public sealed class Country : GazetteerEntry
{
    internal Country(string iso3, string iso2, string name, IReadOnlyList<(string Form, MentionKind Kind)> forms,
        IReadOnlyList<string> currencyUnits)
        : base(iso3, name, forms)
    {
        Iso2 = iso2;
        CurrencyUnits = currencyUnits;
    }

    /// <summary>The ISO 3166-1 alpha-3 code (what maps want): <c>CHN</c>.</summary>
    public string Iso3 => Code;

    /// <summary>The ISO 3166-1 alpha-2 code: <c>CN</c>. Data only: two-letter codes are never matched in text.</summary>
    public string Iso2 { get; }

    /// <inheritdoc/>
    public override bool IsGroup => false;

    /// <summary>The capitals (seats of government).</summary>
    public IReadOnlyList<string> Capitals => FormsOf(MentionKind.Capital);

    /// <summary>The demonyms and adjectives.</summary>
    public IReadOnlyList<string> Demonyms => FormsOf(MentionKind.Demonym);

    /// <summary>Currency units (<c>dollar</c>, <c>yuan</c>): a country form followed by one of them is a currency, not a mention.</summary>
    public IReadOnlyList<string> CurrencyUnits { get; }
}
