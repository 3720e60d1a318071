namespace ArticleLens.Countries;

/// <summary>
/// One place where an article names a country or a regional group: the article, the sentence, the exact span of the
/// form in <see cref="ArticleLens.Article.Text"/>, what it names and how.
/// </summary>
/// <param name="Article">The article.</param>
/// <param name="Sentence">1-based index of the sentence.</param>
/// <param name="Start">UTF-16 offset of the form in the article's text (a possessive <c>'s</c> is outside the span).</param>
/// <param name="End">Offset just past the form.</param>
/// <param name="Entry">The country or group named.</param>
/// <param name="Kind">How it was named.</param>
public sealed record CountryMention(Article Article, int Sentence, int Start, int End, GazetteerEntry Entry, MentionKind Kind)
{
    /// <summary>The ISO 3166-1 alpha-3 code of the country, or the id of the group.</summary>
    public string Iso3 => Entry.Code;

    /// <summary>The display name of the country or group.</summary>
    public string Name => Entry.Name;

    /// <summary>True when a regional group is named.</summary>
    public bool IsGroup => Entry.IsGroup;

    /// <summary>The issuing country of the article (its country tag, <c>China:</c>), when the tag names one.</summary>
    public Country? Issuer { get; init; }

    /// <summary>True when the article names its own issuing country (China in a Chinese press release).</summary>
    public bool IsSelfMention => Issuer is not null && ReferenceEquals(Issuer, Entry);

    /// <summary>For a member mention made by <see cref="CountryMentions.ExpandGroups"/>: the group that was named.</summary>
    public CountryGroup? ViaGroup { get; init; }

    /// <summary>The form as it stands in the text.</summary>
    public string Text => Article.Text[Start..End];

    /// <summary>The sentence that holds the mention.</summary>
    public string SentenceText => Article.SentenceText(Sentence);

    /// <summary>One line: "599:2 Kazakh -> KAZ (Demonym)".</summary>
    public override string ToString() =>
        $"{Article.Id}:{Sentence} {Text} -> {Iso3} ({Kind}{(ViaGroup is null ? "" : $" via {ViaGroup.Code}")}{(IsSelfMention ? ", self" : "")})";
}
