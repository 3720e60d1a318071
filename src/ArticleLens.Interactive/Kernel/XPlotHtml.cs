using System.Globalization;
using Microsoft.DotNet.Interactive.Formatting;
using XPlot.Plotly;

namespace ArticleLens.Interactive.Kernel;

/// <summary>
/// Renders an XPlot.Plotly chart as a div plus a script that loads plotly through require.js
/// (the pattern Plotly.NET.Interactive uses); XPlot's own whole-page HTML renders blank in notebooks.
/// </summary>
internal static class XPlotHtml
{
    public static void Register() =>
        Formatter.Register<PlotlyChart>((chart, writer) => writer.Write(Render(chart)), HtmlFormatter.MimeType);

    public static string Render(PlotlyChart chart)
    {
        var id = chart.Id;
        var function = "renderXPlot_" + id.Replace("-", "", StringComparison.Ordinal);
        var width = chart.Width.ToString(CultureInfo.InvariantCulture);
        var height = chart.Height.ToString(CultureInfo.InvariantCulture);
        return $$$"""
            <div id="{{{id}}}" style="width: {{{width}}}px; height: {{{height}}}px;"></div>
            <script type="text/javascript">
            var {{{function}}} = function() {
                var xplotRequire = requirejs.config({context:'xplot-4.1.0',paths:{plotly:'https://cdn.plot.ly/plotly-2.35.2.min'}}) || require;
                xplotRequire(['plotly'], function(Plotly) {
            {{{chart.GetPlottingJS()}}}
                });
            };
            if ((typeof(requirejs) !== typeof(Function)) || (typeof(requirejs.config) !== typeof(Function))) {
                var script = document.createElement("script");
                script.setAttribute("src", "https://cdnjs.cloudflare.com/ajax/libs/require.js/2.3.6/require.min.js");
                script.onload = function() { {{{function}}}(); };
                document.getElementsByTagName("head")[0].appendChild(script);
            } else { {{{function}}}(); }
            </script>
            """;
    }
}
