namespace ArticleLens.Pledges;

/// <summary>
/// How strongly a statement binds its actor: <c>will</c>, <c>ready to</c>, <c>propose</c>, <c>call for</c>, <c>support</c>
/// (commitments), or <c>need to</c> (an exhortation: kept as its own modality, apart from the commitments).
/// </summary>
public sealed class PledgeModality
{
    private PledgeModality(string label, bool isCommitment)
    {
        Label = label;
        IsCommitment = isCommitment;
    }

    /// <summary>"China will provide ...", "we shall ...", "the leaders committed to ...".</summary>
    public static PledgeModality Will { get; } = new("will", true);

    /// <summary>"China stands ready to ...", "is willing to ...", "is prepared to ...".</summary>
    public static PledgeModality ReadyTo { get; } = new("ready to", true);

    /// <summary>"China proposes establishing ...", "we suggest ...".</summary>
    public static PledgeModality Propose { get; } = new("propose", true);

    /// <summary>"China calls for the establishment of ...", "we urge ...".</summary>
    public static PledgeModality CallFor { get; } = new("call for", true);

    /// <summary>"We support ...", "China endorses ...".</summary>
    public static PledgeModality Support { get; } = new("support", true);

    /// <summary>"We need to ...", "we must ...", "let us ...": an exhortation, not a commitment.</summary>
    public static PledgeModality NeedTo { get; } = new("need to", false);

    /// <summary>Every modality, strongest first.</summary>
    public static IReadOnlyList<PledgeModality> All { get; } = [Will, ReadyTo, Propose, CallFor, Support, NeedTo];

    /// <summary>The label used in tables and JSON: "will", "ready to", "propose", "call for", "support", "need to".</summary>
    public string Label { get; }

    /// <summary>False for <see cref="NeedTo"/>: an exhortation binds no one to act.</summary>
    public bool IsCommitment { get; }

    /// <summary>The modality with <paramref name="label"/> (case-insensitive).</summary>
    public static PledgeModality Parse(string label) =>
        All.FirstOrDefault(m => string.Equals(m.Label, label?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown modality '{label}'; use one of: {string.Join(", ", All.Select(m => m.Label))}.", nameof(label));

    /// <summary>The label.</summary>
    public override string ToString() => Label;
}
