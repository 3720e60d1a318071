using ArticleLens.Text;
using Plotly.NET;
using CS = Plotly.NET.CSharp;

namespace ArticleLens.Interactive.Charts;

/// <summary>Plotly.NET charts for words: bars of labelled values, top words, rank-frequency (Zipf).</summary>
public static class TextCharts
{
    /// <summary>A column chart of labelled values, in the order given.</summary>
    public static GenericChart Bar(IEnumerable<string> labels, IEnumerable<double> values, string title, string xTitle = "", string yTitle = "")
    {
        var chart = CS.Chart.Column<double, string, string>(values: values.ToArray(), Keys: labels.ToArray());
        return chart.Titled(title, xTitle, yTitle);
    }

    /// <summary>The <paramref name="n"/> most frequent features of a frequency table as columns.</summary>
    public static GenericChart TopWords(FrequencyTable table, int n = 20)
    {
        ArgumentNullException.ThrowIfNull(table);
        var top = table.Top(n);
        return Bar(top.Select(r => r.Feature), top.Select(r => (double)r.Frequency), $"Top {top.Count} {table.What}", "", "occurrences");
    }

    /// <summary>Rank against frequency on log-log axes: a straight-ish line is Zipf's law.</summary>
    public static GenericChart RankFrequency(FrequencyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var chart = CS.Chart.Point<int, int, string>(
            x: table.Select((_, i) => i + 1).ToArray(),
            y: table.Select(r => r.Frequency).ToArray(),
            MultiText: table.Select(r => r.Feature).ToArray());
        chart = CS.GenericChartExtensions.WithXAxisStyle<int, int, int>(chart, TitleText: "rank (log)", AxisType: StyleParam.AxisType.Log);
        chart = CS.GenericChartExtensions.WithYAxisStyle<int, int, int>(chart, TitleText: "frequency (log)", AxisType: StyleParam.AxisType.Log);
        return Plotly.NET.Chart.withTitle(Title.init(Microsoft.FSharp.Core.FSharpOption<string>.Some($"Rank and frequency of {table.What}"),
            null, null, null, null, null, null, null, null, null, null, null)).Invoke(chart);
    }
}
