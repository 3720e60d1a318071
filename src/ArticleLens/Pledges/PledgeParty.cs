namespace ArticleLens.Pledges;

/// <summary>Who pledges or who receives, as written and as resolved.</summary>
/// <param name="Text">The words as written: "the Chinese government", "we", "the five Central Asian countries".</param>
/// <param name="Party">The country or group the words name, when the name table knows it; null for "we", "all parties".</param>
public sealed record PledgeParty(string Text, Party? Party)
{
    /// <summary>The ISO-3 code of a country, else null.</summary>
    public string? Iso3 => Party?.Iso3;

    /// <summary>The ISO-3 codes the party stands for (a group's members); empty when unresolved.</summary>
    public IReadOnlyList<string> Codes => Party?.Members ?? [];

    /// <summary>The shortest good label: the ISO-3 code of a country, the name of a group, else the words as written.</summary>
    public string Label => Iso3 ?? Party?.Name ?? Text;

    /// <summary>The words, with the resolution when there is one: "the Chinese government (CHN)".</summary>
    public override string ToString() => Party is null ? Text : Party.IsGroup ? $"{Text} ({Party.Name})" : $"{Text} ({Party.Iso3})";
}
