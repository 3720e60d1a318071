using ArticleLens.Pledges;
using Microsoft.Data.Analysis;

namespace ArticleLens.Interactive.Pledges;

/// <summary><c>ToDataFrame()</c> for pledges: the CLI's columns plus the category, with ISO-3 codes as text.</summary>
public static class PledgeFrames
{
    private static readonly FrameBuilder<Pledge> Pledges = new FrameBuilder<Pledge>()
        .Text("article", p => p.Article)
        .Int("sentence", p => p.Sentence)
        .Text("actor", p => p.Actor.Label)
        .Text("modality", p => p.Modality.Label)
        .Text("action", p => p.Action)
        .Double("quantity", p => p.Quantity?.Value)
        .Double("quantityMax", p => p.Quantity?.Max)
        .Text("unit", p => p.Unit)
        .Double("amountUsd", p => p.AmountUsd)
        .Text("currency", p => p.Currency)
        .Text("category", PledgeCategory.Of)
        .Text("recipient", p => p.Recipient?.Text)
        .Text("recipientCodes", p => p.Recipient is { Codes.Count: > 0 } r ? string.Join(' ', r.Codes) : null)
        .Text("timeframe", p => p.Timeframe?.Text)
        .Int("fromYear", p => p.Timeframe?.FromYear)
        .Int("toYear", p => p.Timeframe?.ToYear)
        .Double("minYears", p => p.Timeframe?.MinYears)
        .Double("maxYears", p => p.Timeframe?.MaxYears)
        .Bool("reaffirmation", p => p.Reaffirmation)
        .Text("text", p => p.Text)
        .Int("start", p => p.Start)
        .Int("end", p => p.End);

    /// <summary>One row per pledge (a <see cref="PledgeTable"/> is a sequence of pledges too).</summary>
    public static DataFrame ToDataFrame(this IEnumerable<Pledge> pledges) => Pledges.Build(pledges);

    /// <summary>One row per pledge with only the named <paramref name="columns"/>, in that order.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<Pledge> pledges, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var frame = Pledges.Build(pledges);
        if (columns.Length == 0) return frame;
        var unknown = columns.Where(c => frame.Columns.IndexOf(c) < 0).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"Unknown column(s) {string.Join(", ", unknown)}; the columns are: {string.Join(", ", frame.Columns.Select(c => c.Name))}.", nameof(columns));
        return new DataFrame(columns.Select(c => frame[c]));
    }
}
