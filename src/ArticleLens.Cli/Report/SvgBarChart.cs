using System.Globalization;
using System.Net;
using System.Text;

namespace ArticleLens.Cli.Report;

/// <summary>A horizontal bar chart as inline SVG: no script, no network, prints and works offline.</summary>
internal static class SvgBarChart
{
    private const int Width = 720, LabelWidth = 260, Row = 22, ValueWidth = 70;

    public static string Render(IReadOnlyList<(string Label, double Value)> bars, string caption, string unit = "")
    {
        var max = bars.Count == 0 ? 1 : Math.Max(bars.Max(b => b.Value), double.Epsilon);
        var height = bars.Count * Row + 8;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\">");
        svg.Append("<title>").Append(Encode(caption)).Append("</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = i * Row + 4;
            var length = (Width - LabelWidth - ValueWidth) * value / max;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth - 8}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"13\">{Encode(Shorten(label))}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{Math.Max(length, 1):0.#}\" height=\"{Row - 6}\" fill=\"#4c78a8\"><title>{Encode(label)}: {Format(value)}{Encode(unit)}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth + length + 6:0.#}\" y=\"{y + 15}\" font-size=\"12\" fill=\"#333\">{Format(value)}</text>");
        }
        svg.Append("</svg><figcaption>").Append(Encode(caption)).Append("</figcaption></figure>");
        return svg.ToString();
    }

    private static string Shorten(string label) => label.Length <= 38 ? label : label[..37] + "…";

    private static string Format(double value) => value.ToString(value % 1 == 0 ? "N0" : "0.##", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
