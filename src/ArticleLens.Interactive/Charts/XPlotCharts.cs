using XPlot.Plotly;

namespace ArticleLens.Interactive.Charts;

/// <summary>The same charts drawn with XPlot.Plotly, for comparison with Plotly.NET.</summary>
public static class XPlotCharts
{
    /// <summary>A bar chart of labelled values with a title.</summary>
    public static PlotlyChart Bar(IEnumerable<string> labels, IEnumerable<double> values, string title)
    {
        var chart = Chart.Plot(new Bar { x = labels.ToArray(), y = values.ToArray() });
        chart.WithTitle(title);
        return chart;
    }
}
