namespace ArticleLens.Countries;

/// <summary>
/// A regional group (<c>Central Asia</c>, <c>ASEAN</c>, <c>the EU</c>, <c>G7</c>...). Its mentions are its own: they are
/// never added to its members' counts unless expanded on request (<see cref="CountryMentions.ExpandGroups"/>).
/// </summary>
public sealed class CountryGroup : GazetteerEntry
{
    internal CountryGroup(string id, string name, IReadOnlyList<(string Form, MentionKind Kind)> forms, IReadOnlyList<string> members)
        : base(id, name, forms) => Members = members;

    /// <summary>The ISO-3 codes of the member states.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <inheritdoc/>
    public override bool IsGroup => true;
}
