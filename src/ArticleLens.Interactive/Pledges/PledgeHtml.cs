using System.Globalization;
using System.Net;
using System.Text;
using ArticleLens.Pledges;
using Microsoft.DotNet.Interactive.Formatting;

namespace ArticleLens.Interactive.Pledges;

/// <summary>
/// HTML for pledge tables: one row per pledge with who, how, what, how much, for whom and when, and the sentence with the
/// pledge's own words highlighted. Quantities and money are formatted; every piece of text is HTML-escaped.
/// </summary>
public static class PledgeHtml
{
    /// <summary>Registers the formatters of this area.</summary>
    public static void Register()
    {
        Formatter.Register<PledgeTable>((table, writer) => writer.Write(Table(table, table.ToString())), HtmlFormatter.MimeType);
        Formatter.Register<Pledge>((pledge, writer) => writer.Write(Table([pledge])), HtmlFormatter.MimeType);
    }

    /// <summary>A table of <paramref name="pledges"/> under an optional caption.</summary>
    public static string Table(IEnumerable<Pledge> pledges, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(pledges);
        var html = new StringBuilder("<table class=\"articlelens-pledges\" style=\"border-collapse:collapse;font-size:smaller\">");
        if (caption is not null) html.Append("<caption style=\"text-align:left;font-weight:bold\">").Append(Encode(caption)).Append("</caption>");
        html.Append("<thead><tr>");
        foreach (var head in new[] { "where", "actor", "modality", "action", "how much", "for whom", "when", "in its sentence" })
            html.Append("<th style=\"text-align:left;border-bottom:1px solid #999;padding:2px 6px\">").Append(head).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var p in pledges)
        {
            html.Append("<tr style=\"vertical-align:top;border-bottom:1px solid #eee\">");
            Cell(html, $"{p.Article}:{p.Sentence}");
            Cell(html, p.Actor.ToString());
            Cell(html, p.Modality.Label + (p.Reaffirmation ? " (continued)" : ""));
            Cell(html, p.Action);
            Cell(html, HowMuch(p), bold: true);
            Cell(html, p.Recipient?.ToString());
            Cell(html, p.Timeframe?.ToString());
            html.Append("<td style=\"padding:2px 6px;max-width:40em\">").Append(Highlighted(p)).Append("</td></tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>"50,000,000 doses of vaccine", "USD 500,000,000 (grant assistance)", "5,000–10,000 volunteers".</summary>
    public static string HowMuch(Pledge pledge)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        if (pledge.Quantity is not { } quantity) return "";
        if (pledge.Currency is { } currency)
            return $"{currency} {quantity}{(pledge.Unit is null ? "" : $" ({pledge.Unit})")}{Millions(pledge.AmountUsd)}";
        return $"{quantity} {pledge.Unit}";
    }

    /// <summary>The sentence with the pledge's words in a highlight (offsets of the pledge, not a search for its text).</summary>
    public static string Highlighted(Pledge pledge)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        var text = pledge.ArticleText;
        return Encode(text[pledge.SentenceStart..pledge.Start])
               + "<mark>" + Encode(text[pledge.Start..pledge.End]) + "</mark>"
               + Encode(text[pledge.End..pledge.SentenceEnd]);
    }

    private static string Millions(double? usd) =>
        usd is >= 1e6 ? string.Create(CultureInfo.InvariantCulture, $" ≈ ${usd / 1e6:#,0.#} million") : "";

    private static void Cell(StringBuilder html, string? text, bool bold = false) =>
        html.Append("<td style=\"padding:2px 6px").Append(bold ? ";font-weight:bold" : "").Append("\">").Append(Encode(text)).Append("</td>");

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
