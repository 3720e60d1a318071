using ArticleLens.Text;

namespace ArticleLens.Pledges;

/// <summary>
/// The names that tell the pledge detector which words are a country or a group of countries.
/// <see cref="PartyNames.Minimal"/> is a small built-in table; the country gazetteer can stand in for it by implementing this.
/// </summary>
public interface IPartyNames
{
    /// <summary>Every pattern (in the library's pattern vocabulary) with the party it names; longest match wins.</summary>
    IEnumerable<(Pattern Pattern, Party Party)> Names { get; }
}
