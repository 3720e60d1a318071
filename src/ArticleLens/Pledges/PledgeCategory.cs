namespace ArticleLens.Pledges;

/// <summary>
/// What a quantified pledge is about, read from its unit and action: money, health, education and training,
/// people-to-people exchange, infrastructure and energy, targets (percentages), or other. A coarse grouping for charts.
/// </summary>
public static class PledgeCategory
{
    /// <summary>The categories, in the order charts show them.</summary>
    public static IReadOnlyList<string> All { get; } =
        ["Money", "Health", "Education and training", "People-to-people", "Infrastructure and energy", "Targets", "Other"];

    private static readonly (string Category, string[] Stems)[] Keywords =
    [
        ("Health", ["vaccin", "dose", "medic", "health", "hospital", "pandemic", "clinic", "doctor"]),
        ("Education and training", ["scholarship", "training", "seminar", "workshop", "student", "school", "teacher", "education", "girls", "professionals", "officials"]),
        ("People-to-people", ["sister cit", "pairs", "tourism", "tourist", "youth", "exchange", "forum", "festival", "cultur", "migrant", "visa"]),
        ("Infrastructure and energy", ["rail", "road", "port", "corridor", "infrastructure", "energy", "gw", "mw", "power", "pipeline", "thermostat", "charg"]),
    ];

    /// <summary>The category of <paramref name="pledge"/>; null when it states no quantity.</summary>
    public static string? Of(Pledge pledge)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        if (pledge.Quantity is null) return null;
        if (pledge.Currency is not null) return "Money";
        if (pledge.Unit == "percent") return "Targets";
        var words = $"{pledge.Unit} {pledge.Action}".ToLowerInvariant();
        foreach (var (category, stems) in Keywords)
            if (stems.Any(words.Contains)) return category;
        return "Other";
    }
}
