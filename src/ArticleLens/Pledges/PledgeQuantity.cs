using System.Globalization;

namespace ArticleLens.Pledges;

/// <summary>How much a pledge promises: a number (or a range) as stated in the text.</summary>
/// <param name="Value">The number, scale applied (<c>50 million</c> is 50,000,000); the low end of a range.</param>
/// <param name="Max">The high end of a range (<c>5,000 to 10,000</c>), else null.</param>
/// <param name="Text">The words as written, qualifier included: "50 million", "more than 1,000", "5,000-10,000".</param>
public sealed record PledgeQuantity(double Value, double? Max, string Text)
{
    /// <summary>True when the text gives a range rather than one number.</summary>
    public bool IsRange => Max is { } max && max != Value;

    /// <summary>The number for reading: "50,000,000" or "5,000–10,000".</summary>
    public override string ToString() => IsRange
        ? string.Create(CultureInfo.InvariantCulture, $"{Value:#,0.##}–{Max:#,0.##}")
        : Value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
