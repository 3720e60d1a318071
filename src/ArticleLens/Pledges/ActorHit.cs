namespace ArticleLens.Pledges;

/// <summary>The actor of a cue: its terms (First..Last), the party it names, and whether it sits in a reported belief or a question.</summary>
internal readonly record struct ActorHit(int First, int Last, Party? Party, string? Text, bool Reported);
