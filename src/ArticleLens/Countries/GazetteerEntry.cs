namespace ArticleLens.Countries;

/// <summary>
/// What a gazetteer names: a <see cref="Country"/> or a <see cref="CountryGroup"/>, with every form a text may use for it.
/// Entries are compared by reference: two entries are the same only when they come from the same gazetteer.
/// </summary>
public abstract class GazetteerEntry
{
    private protected GazetteerEntry(string code, string name, IReadOnlyList<(string Form, MentionKind Kind)> forms)
    {
        Code = code;
        Name = name;
        Forms = forms;
    }

    /// <summary>The ISO 3166-1 alpha-3 code of a country (<c>CHN</c>), or the id of a group (<c>central-asia</c>, never three capitals).</summary>
    public string Code { get; }

    /// <summary>The display name.</summary>
    public string Name { get; }

    /// <summary>True for a regional group.</summary>
    public abstract bool IsGroup { get; }

    /// <summary>Every form that names the entry, with its kind, as written in the gazetteer (the display name first).</summary>
    public IReadOnlyList<(string Form, MentionKind Kind)> Forms { get; }

    /// <summary>The forms of one kind.</summary>
    public IReadOnlyList<string> FormsOf(MentionKind kind) => [.. Forms.Where(f => f.Kind == kind).Select(f => f.Form)];

    /// <summary>One line: "CHN China".</summary>
    public override string ToString() => $"{Code} {Name}";
}
