namespace ArticleLens.Pledges;

/// <summary>A quantity read in a clause: its number, unit or currency, and the terms it spans (unit included).</summary>
internal readonly record struct QuantityHit(int First, int Last, PledgeQuantity Quantity, string? Unit, string? Currency);
