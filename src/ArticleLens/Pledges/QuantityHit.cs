namespace ArticleLens.Pledges;

/// <summary>
/// A quantity read in a clause: its number, unit or currency, the terms it spans (unit included), and the U.S. dollars the text
/// gives beside another currency ("AED 367 million (USD 100 million)"), and the party it belongs to when the verb is left
/// out ("France will contribute EUR 100 million and Italy EUR 50 million": Italy).
/// </summary>
internal readonly record struct QuantityHit(int First, int Last, PledgeQuantity Quantity, string? Unit, string? Currency, double? Usd = null,
    PledgeParty? Actor = null);
