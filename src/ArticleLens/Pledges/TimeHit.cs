namespace ArticleLens.Pledges;

/// <summary>
/// A stretch of a sentence that speaks of time, from term <paramref name="First"/> to <paramref name="Last"/>:
/// a timeframe, or (when <paramref name="Timeframe"/> is null) elapsed time such as "30 years ago" or "over the past three decades".
/// Either way its numbers are not quantities.
/// </summary>
internal readonly record struct TimeHit(int First, int Last, PledgeTimeframe? Timeframe);
