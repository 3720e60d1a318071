using ArticleLens.Text;

namespace ArticleLens.Pledges;

/// <summary>
/// The names that tell the pledge detector which words are a country or a group of countries.
/// <see cref="PartyNames.Default"/> is the built-in table of countries and groups extended with every country of the gazetteer.
/// </summary>
public interface IPartyNames
{
    /// <summary>Every pattern (in the library's pattern vocabulary) with the party it names; longest match wins.</summary>
    IEnumerable<(Pattern Pattern, Party Party)> Names { get; }

    /// <summary>Names that contain a party's name but name no party ("New Mexico", "Gulf of Guinea"); as longer matches they win.</summary>
    IEnumerable<Pattern> NotParties => [];

    /// <summary>Capitals that stand for their country as an actor ("Beijing will provide ..."); never read as recipients.</summary>
    IEnumerable<(Pattern Pattern, Party Party)> Capitals => [];
}
