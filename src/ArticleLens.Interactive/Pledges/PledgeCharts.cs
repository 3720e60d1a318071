using ArticleLens.Interactive.Charts;
using ArticleLens.Pledges;
using Plotly.NET;
using CS = Plotly.NET.CSharp;

namespace ArticleLens.Interactive.Pledges;

/// <summary>Plotly.NET charts of pledges: quantified pledges by category, and a timeline of pledges by timeframe.</summary>
public static class PledgeCharts
{
    /// <summary>Columns: how many quantified commitments fall in each <see cref="PledgeCategory"/>.</summary>
    public static GenericChart ByCategory(IEnumerable<Pledge> pledges)
    {
        ArgumentNullException.ThrowIfNull(pledges);
        var counts = pledges.Where(p => p.IsCommitment).Select(PledgeCategory.Of).OfType<string>()
            .GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var categories = PledgeCategory.All.Where(counts.ContainsKey).ToArray();
        return TextCharts.Bar(categories, categories.Select(c => (double)counts[c]), "Quantified commitments by category", "", "pledges");
    }

    /// <summary>
    /// One horizontal line per pledge with calendar years, from its first to its last year ("in 2022" is a point, "by 2030"
    /// runs from the article's year when known). Pledges whose timeframe has no calendar years (an undated article's
    /// "in the next five years") are left out; the title says how many are shown.
    /// </summary>
    public static GenericChart Timeline(IEnumerable<Pledge> pledges)
    {
        ArgumentNullException.ThrowIfNull(pledges);
        var timed = pledges.Where(p => p.Timeframe is not null).ToList();
        var placed = timed.Where(p => p.Timeframe!.FromYear is not null || p.Timeframe.ToYear is not null).ToList();
        var lines = placed.Select((p, i) =>
        {
            var (from, to) = (p.Timeframe!.FromYear ?? p.Timeframe.ToYear!.Value, p.Timeframe.ToYear ?? p.Timeframe.FromYear!.Value);
            var label = $"{i + 1}. {p.Action} {PledgeHtml.HowMuch(p)}".Trim();
            if (label.Length > 48) label = label[..47] + "…";
            return CS.Chart.Line<int, string, string>(x: [from, to], y: [label, label], Name: label, ShowMarkers: true);
        }).ToList();
        var chart = lines.Count > 0 ? CS.Chart.Combine(lines) : CS.Chart.Line<int, string, string>(x: [], y: []);
        return chart.Titled($"Pledges by timeframe ({placed.Count} of {timed.Count} timed pledges have calendar years)", "year", "");
    }
}
