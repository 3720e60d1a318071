using System.Net;
using System.Text;
using ArticleLens.Cli.Output;

namespace ArticleLens.Cli.Report;

/// <summary>
/// Builds the self-contained report: one HTML page (inline CSS and SVG charts, nothing fetched) plus a CSV file per table,
/// written with the same columns as the CLI's CSV output.
/// </summary>
internal sealed class HtmlReport(string title, string subtitle)
{
    private readonly StringBuilder _body = new();
    private readonly List<(string Id, string Title)> _contents = [];
    private readonly Dictionary<string, Action<TextWriter>> _tables = [];
    private bool _inSection;

    /// <summary>Starts a section with a heading and an explanatory paragraph.</summary>
    public HtmlReport Section(string id, string heading, string intro)
    {
        _contents.Add((id, heading));
        if (_inSection) _body.Append("</section>");
        _inSection = true;
        _body.Append("<section id=\"").Append(Encode(id)).Append("\"><h2>").Append(Encode(heading)).Append("</h2>");
        _body.Append("<p>").Append(Encode(intro)).Append("</p>");
        return this;
    }

    /// <summary>Adds raw HTML (a chart) to the current section.</summary>
    public HtmlReport Html(string html)
    {
        _body.Append(html);
        return this;
    }

    /// <summary>Adds a bar chart of labelled values.</summary>
    public HtmlReport Bars(IReadOnlyList<(string Label, double Value)> bars, string caption, string unit = "") =>
        Html(SvgBarChart.Render(bars, caption, unit));

    /// <summary>Adds a table (at most <paramref name="shown"/> rows in the page; 0 for a link only) and writes all rows to <c>{name}.csv</c>.</summary>
    public HtmlReport Table<T>(string name, IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns, int shown = 50)
    {
        _tables[name] = writer => RowWriter.Write(rows, columns, OutputFormat.Csv, writer);
        if (shown == 0)
            return Html($"<p class=\"note\">{rows.Count:N0} rows in <a href=\"{Encode(name)}.csv\">{Encode(name)}.csv</a>.</p>");
        var html = new StringBuilder("<div class=\"table\"><table><thead><tr>");
        foreach (var column in columns)
            html.Append("<th>").Append(Encode(column.Key)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows.Take(shown))
        {
            html.Append("<tr>");
            foreach (var column in columns)
            {
                var value = column.Value(row);
                html.Append(value is int or long or double ? "<td class=\"n\">" : "<td>").Append(Encode(RowWriter.Text(value))).Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table></div>");
        var more = rows.Count > shown ? $" Showing {shown} of {rows.Count:N0} rows;" : "";
        html.Append("<p class=\"note\">").Append(Encode($"{more} all rows in ")).Append("<a href=\"").Append(Encode(name)).Append(".csv\">")
            .Append(Encode(name)).Append(".csv</a>.</p>");
        return Html(html.ToString());
    }

    /// <summary>Writes <c>index.html</c> and the CSV tables into <paramref name="folder"/>; returns the page's path.</summary>
    public string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, write) in _tables)
        {
            using var csv = new StreamWriter(Path.Combine(folder, name + ".csv"), false, new UTF8Encoding(false));
            write(csv);
        }
        var page = Path.Combine(folder, "index.html");
        File.WriteAllText(page, Page(), new UTF8Encoding(false));
        return page;
    }

    private string Page()
    {
        var toc = string.Concat(_contents.Select(c => $"<li><a href=\"#{Encode(c.Id)}\">{Encode(c.Title)}</a></li>"));
        return $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{{Encode(title)}}</title>
            <style>
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:64em;margin:2em auto;padding:0 1em;color:#222}
            h1{margin-bottom:0} .sub{color:#666;margin-top:.2em} section{margin-top:2em}
            table{border-collapse:collapse;font-size:13px} th,td{border-bottom:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}
            td{max-width:24em;overflow-wrap:anywhere} td.n{text-align:right;font-variant-numeric:tabular-nums} th{background:#f4f4f4} .table{overflow-x:auto}
            .note{color:#666;font-size:13px} figure{margin:1em 0} figcaption{color:#666;font-size:13px}
            </style></head><body>
            <h1>{{Encode(title)}}</h1><p class="sub">{{Encode(subtitle)}}</p>
            <nav><ol>{{toc}}</ol></nav>
            {{_body}}{{(_inSection ? "</section>" : "")}}
            </body></html>
            """;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
