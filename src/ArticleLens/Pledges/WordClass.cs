namespace ArticleLens.Pledges;

/// <summary>What the pledge grammar needs to know about a single word form.</summary>
[Flags]
internal enum WordClass : uint
{
    None = 0,
    Verb = 1 << 0,
    NounVerb = 1 << 1,
    Adverb = 1 << 2,
    Auxiliary = 1 << 3,
    Determiner = 1 << 4,
    ActorPronoun = 1 << 5,
    Pronoun = 1 << 6,
    Preposition = 1 << 7,
    Relative = 1 << 8,
    Scale = 1 << 9,
    NumberWord = 1 << 10,
    TimeUnit = 1 << 11,
    PartyNoun = 1 << 12,
    Month = 1 << 13,
    Label = 1 << 14,
    Belief = 1 << 15,
    WhWord = 1 << 16,
    Continuation = 1 << 17,
    LightVerb = 1 << 18,
    Particle = 1 << 19,
    Negation = 1 << 20,
    Approximation = 1 << 21,
    Percent = 1 << 22,
    Title = 1 << 23,
    Conjunction = 1 << 24,
    Multiplier = 1 << 25,
    TimeTrigger = 1 << 26,

    /// <summary>Words that end a unit phrase.</summary>
    UnitStop = Adverb | Auxiliary | Determiner | ActorPronoun | Pronoun | Preposition | Relative | Conjunction | WhWord | Negation | Month,
}
