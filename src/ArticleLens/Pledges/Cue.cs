namespace ArticleLens.Pledges;

/// <summary>The value a pattern of the pledge matcher carries.</summary>
internal sealed class Cue
{
    public required CueKind Kind { get; init; }

    /// <summary>For <see cref="CueKind.Modal"/>: the modality the cue expresses.</summary>
    public PledgeModality? Modality { get; init; }

    /// <summary>A cue that is itself a verb ("support", "propose", "urge"): it needs its actor right before it.</summary>
    public bool IsVerb { get; init; }

    /// <summary>The cue names its actor itself: "let us" is "we".</summary>
    public string? ImpliedActor { get; init; }

    /// <summary>The cue is a commitment only in reported speech: "China announced (that) it would ...", "India said it would ...".</summary>
    public bool NeedsAnnouncer { get; init; }

    /// <summary>The cue is a commitment only before an amount: "The UAE has pledged USD 100 million", "Canada announced CAD 16 million".</summary>
    public bool NeedsAmount { get; init; }

    /// <summary>The action when nothing verb-like follows the cue: "calls for the establishment of" is "call for".</summary>
    public string? Lemma { get; init; }

    /// <summary>The cue itself says the commitment is renewed: "reaffirm our commitment to".</summary>
    public bool Reaffirms { get; init; }

    /// <summary>A commitment that may stand in the present perfect: "has committed to", "have agreed to", "has pledged USD 100 million".</summary>
    public bool AllowsPerfect => Kind == CueKind.Modal && Modality == PledgeModality.Will && Lemma is not null && (!IsVerb || NeedsAmount);

    /// <summary>The cue is in the past tense ("pledged to", "agreed to"): after a past date it tells history, not a commitment.</summary>
    public bool IsPast { get; init; }

    /// <summary>For <see cref="CueKind.Party"/>: the country or group.</summary>
    public Party? Party { get; init; }

    /// <summary>For <see cref="CueKind.Currency"/>: the ISO 4217 code.</summary>
    public string? Currency { get; init; }

    /// <summary>For <see cref="CueKind.Currency"/>: may stand before the amount ("$500", "USD 500").</summary>
    public bool Before { get; init; }

    /// <summary>For <see cref="CueKind.Currency"/>: may stand after the amount ("500 yuan").</summary>
    public bool After { get; init; }
}
