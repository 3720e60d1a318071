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
    /// <summary>A capital standing for its country's government as an actor: "Beijing will provide ...".</summary>
    Capital,

    /// <summary>A currency written before or after an amount: "$", "U.S. dollars", "yuan".</summary>
    Currency,
    /// <summary>A place or thing named like a country ("New Mexico", "Gulf of Guinea"): the longer match wins, and it names no party.</summary>
    NotParty,
}
