namespace ArticleLens.Pledges;

/// <summary>
/// A quantity read in a clause: its number, unit or currency, the terms it spans (unit included), and the U.S. dollars the text
/// gives beside another currency ("AED 367 million (USD 100 million)").
/// </summary>
internal readonly record struct QuantityHit(int First, int Last, PledgeQuantity Quantity, string? Unit, string? Currency, double? Usd = null);
