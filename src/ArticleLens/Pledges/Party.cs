namespace ArticleLens.Pledges;

/// <summary>A country or a group of countries a pledge names as its actor or recipient.</summary>
/// <param name="Name">Its common name: "China", "Central Asia".</param>
/// <param name="Iso3">ISO 3166 alpha-3 code of a country ("CHN"); null for a group.</param>
/// <param name="Group">The group's name ("Central Asia", "ASEAN"); null for a country.</param>
/// <param name="Members">ISO-3 codes it stands for: the country's own code, or a group's members (empty when open-ended).</param>
public sealed record Party(string Name, string? Iso3, string? Group, IReadOnlyList<string> Members)
{
    /// <summary>A country with its ISO-3 code.</summary>
    public static Party Country(string name, string iso3) => new(name, iso3, null, [iso3]);

    /// <summary>A group of countries with its members' ISO-3 codes.</summary>
    public static Party GroupOf(string name, IReadOnlyList<string> members) => new(name, null, name, members);

    /// <summary>True for a group of countries.</summary>
    public bool IsGroup => Group is not null;

    /// <summary>"China (CHN)" or "Central Asia (5 members)".</summary>
    public override string ToString() => IsGroup ? $"{Name} ({Members.Count} members)" : $"{Name} ({Iso3})";
}
