namespace ArticleLens.Pledges;

/// <summary>
/// One pledge clause of a sentence: its terms (<paramref name="First"/>..<paramref name="Last"/>, actor included for the
/// first clause of a cue), its action, its actor and the cue that governs it.
/// </summary>
internal readonly record struct ClauseHit(int First, int Last, ClauseGrammar.Action Action, ActorHit Actor, Cue Cue, int CueFirst);
