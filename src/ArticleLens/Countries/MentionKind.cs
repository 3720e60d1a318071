namespace ArticleLens.Countries;

/// <summary>How a text named a country or group.</summary>
public enum MentionKind
{
    /// <summary>The common name or one of its spellings: <c>China</c>, <c>Türkiye</c>, <c>Czech Republic</c>.</summary>
    Name,
    /// <summary>An official name: <c>People's Republic of China</c>, <c>Kyrgyz Republic</c>.</summary>
    OfficialName,
    /// <summary>Another name: an abbreviation, a former or informal name: <c>PRC</c>, <c>U.S.</c>, <c>UK</c>, <c>Burma</c>.</summary>
    Alias,
    /// <summary>A demonym or adjective: <c>Chinese</c>, <c>Kazakh</c>, <c>Uzbeks</c>, <c>Central Asian</c>.</summary>
    Demonym,
    /// <summary>A capital, counted only when asked: <c>Beijing</c>, <c>Astana</c>.</summary>
    Capital,
}
