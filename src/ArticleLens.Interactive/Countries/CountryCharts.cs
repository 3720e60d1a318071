using ArticleLens.Countries;
using ArticleLens.Interactive.Charts;
using Plotly.NET;
using XPlot.Plotly;
using CS = Plotly.NET.CSharp;

namespace ArticleLens.Interactive.Countries;

/// <summary>Charts of country mentions: columns (Plotly.NET and XPlot.Plotly), a world map by ISO-3 code, a co-occurrence heatmap.</summary>
public static class CountryCharts
{
    /// <summary>The <paramref name="top"/> most mentioned countries as columns (group rows are left out; rows by article are added up).</summary>
    public static GenericChart MentionsBar(IEnumerable<CountryRow> rows, int top = 20, string title = "Mentions per country")
    {
        var (labels, values) = Top(rows, top);
        return TextCharts.Bar(labels, values, title, "", "mentions");
    }

    /// <summary>The same column chart drawn by XPlot.Plotly.</summary>
    public static PlotlyChart MentionsBarXPlot(IEnumerable<CountryRow> rows, int top = 20, string title = "Mentions per country (XPlot)")
    {
        var (labels, values) = Top(rows, top);
        return XPlotCharts.Bar(labels, values, title);
    }

    /// <summary>A world choropleth of mentions by ISO-3 code (Plotly's <c>ChoroplethMap</c> with ISO-3 locations).</summary>
    public static GenericChart WorldMap(IEnumerable<CountryRow> rows, string title = "Mentions per country")
    {
        var countries = ByCountry(rows);
        var chart = CS.Chart.ChoroplethMap<int, string>(
            locations: countries.Select(c => c.Iso3).ToArray(),
            z: countries.Select(c => c.Mentions).ToArray(),
            MultiText: countries.Select(c => c.Country).ToArray(),
            LocationMode: StyleParam.LocationFormat.ISO_3);
        return chart.Titled(title, width: 900, height: 500);
    }

    /// <summary>The <paramref name="top"/> most connected countries, and how many sentences name each pair, as a heatmap.</summary>
    public static GenericChart CooccurrenceHeatmap(CountryCooccurrence pairs, int top = 15, string title = "Countries named in the same sentence")
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var entries = pairs.Entries.Take(top).ToList();
        var names = entries.Select(e => e.Name).ToArray();
        var matrix = pairs.Matrix([.. entries.Select(e => e.Code)]);
        var chart = CS.Chart.Heatmap<int, string, string, string>(zData: matrix, X: names, Y: names);
        return chart.Titled(title, width: 800, height: 700);
    }

    /// <summary>
    /// Countries (rows, the <paramref name="countries"/> most frequent) against themes (columns, the <paramref name="themes"/>
    /// most frequent): how many sentences name the country and hit the theme, as a heatmap.
    /// </summary>
    public static GenericChart ByThemes(IReadOnlyList<CountryThemeRow> rows, int countries = 12, int themes = 10,
        string title = "Sentences naming a country, by theme")
    {
        ArgumentNullException.ThrowIfNull(rows);
        var byCountry = rows.GroupBy(r => (r.Iso3, r.Country)).OrderByDescending(g => g.Sum(r => r.Sentences)).Take(countries).Select(g => g.Key).ToList();
        var byTheme = rows.GroupBy(r => r.Theme).OrderByDescending(g => g.Sum(r => r.Sentences)).Take(themes).Select(g => g.Key).ToList();
        var cells = rows.ToDictionary(r => (r.Iso3, r.Theme), r => r.Sentences);
        var z = byCountry.Select(c => byTheme.Select(t => cells.GetValueOrDefault((c.Iso3, t))).ToArray()).ToArray();
        var chart = CS.Chart.Heatmap<int, string, string, string>(zData: z, X: byTheme.ToArray(), Y: byCountry.Select(c => c.Country).ToArray());
        return chart.Titled(title, width: 900, height: 600);
    }

    private static (string[] Labels, double[] Values) Top(IEnumerable<CountryRow> rows, int top)
    {
        var countries = ByCountry(rows).OrderByDescending(c => c.Mentions).ThenBy(c => c.Country, StringComparer.Ordinal).Take(top).ToList();
        return ([.. countries.Select(c => c.Country)], [.. countries.Select(c => (double)c.Mentions)]);
    }

    private static List<(string Iso3, string Country, int Mentions)> ByCountry(IEnumerable<CountryRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return [.. rows.Where(r => !r.IsGroup).GroupBy(r => r.Iso3).Select(g => (g.Key, g.First().Country, g.Sum(r => r.Mentions)))];
    }
}
