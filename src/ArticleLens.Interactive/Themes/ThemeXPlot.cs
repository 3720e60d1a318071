using ArticleLens.Interactive.Charts;
using ArticleLens.Themes;
using XPlot.Plotly;

namespace ArticleLens.Interactive.Themes;

/// <summary>A theme chart drawn with XPlot.Plotly, to compare with its Plotly.NET twin.</summary>
public static class ThemeXPlot
{
    /// <summary>Hits per 1,000 words per theme as an XPlot bar chart (the twin of <see cref="ThemeCharts.PerThousandWords"/>).</summary>
    public static PlotlyChart PerThousandWords(ThemeTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.OrderByDescending(r => r.PerThousandWords).ToList();
        return XPlotCharts.Bar(rows.Select(r => r.Theme), rows.Select(r => Math.Round(r.PerThousandWords, 2)), "Theme hits per 1,000 words (XPlot.Plotly)");
    }
}
