using Microsoft.FSharp.Core;
using Plotly.NET;
using CS = Plotly.NET.CSharp;

namespace ArticleLens.Interactive.Charts;

/// <summary>Titles and sizes for Plotly.NET charts, so that no notebook reader passes a dozen nulls.</summary>
public static class ChartLayout
{
    /// <summary>Sets the chart title, axis titles and (optionally) the size in pixels.</summary>
    public static GenericChart Titled(this GenericChart chart, string title, string? xTitle = null, string? yTitle = null,
        int? width = null, int? height = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        chart = Plotly.NET.Chart.withTitle(Title.init(FSharpOption<string>.Some(title), null, null, null, null, null, null, null, null, null, null, null))
            .Invoke(chart);
        if (xTitle is not null) chart = CS.GenericChartExtensions.WithXAxisStyle<string, string, string>(chart, TitleText: xTitle);
        if (yTitle is not null) chart = CS.GenericChartExtensions.WithYAxisStyle<string, string, string>(chart, TitleText: yTitle);
        if (width is not null || height is not null)
            chart = CS.GenericChartExtensions.WithSize(chart, width ?? 800, height ?? 450);
        return chart;
    }
}
