namespace ArticleLens.Pledges;

/// <summary>
/// When a pledge is due, resolved to years. <c>in 2022</c>: from 2022 to 2022; <c>by 2030</c>: to 2030;
/// <c>in the next five years</c>: 5 to 5 years (and, when the article's date is known, from its year to that year + 5);
/// <c>in the next five to ten years</c>: 5 to 10 years.
/// </summary>
/// <param name="Text">The words as written: "in the next five years".</param>
/// <param name="FromYear">First calendar year, when stated or derivable from the article's date.</param>
/// <param name="ToYear">Last calendar year (the deadline), when stated or derivable.</param>
/// <param name="MinYears">Shortest duration in years for "in the next N (to M) years", else null.</param>
/// <param name="MaxYears">Longest duration in years, else null.</param>
public sealed record PledgeTimeframe(string Text, int? FromYear, int? ToYear, double? MinYears, double? MaxYears)
{
    /// <summary>The years for reading: "2022", "by 2030", "2022–2027", "5–10 years".</summary>
    public string Years => (FromYear, ToYear, MinYears, MaxYears) switch
    {
        ({ } from, { } to, _, _) when from == to => $"{from}",
        ({ } from, { } to, _, _) => $"{from}–{to}",
        (null, { } to, _, _) => $"by {to}",
        ({ } from, null, _, _) => $"from {from}",
        (_, _, { } min, { } max) when min == max => $"{min:0.##} year{(min == 1 ? "" : "s")}",
        (_, _, { } min, { } max) => $"{min:0.##}–{max:0.##} years",
        _ => "",
    };

    /// <summary>The text and its resolution: "in the next five years (5 years)".</summary>
    public override string ToString() => Years.Length == 0 ? Text : $"{Text} ({Years})";
}
