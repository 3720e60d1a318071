namespace ArticleLens.Pledges;

/// <summary>What a pattern in the pledge matcher stands for.</summary>
internal enum CueKind : byte
{
    /// <summary>A modal cue: "will", "stands ready to", "calls for", "need to".</summary>
    Modal,
    /// <summary>A country or group name from the party table.</summary>
    Party,
    /// <summary>A multi-word actor that names no country: "heads of state".</summary>
    GenericActor,
    /// <summary>A currency written before or after an amount: "$", "U.S. dollars", "yuan".</summary>
    Currency,
}
