using System.Net;
using System.Text;
using ArticleLens.Countries;
using Microsoft.DotNet.Interactive.Formatting;

namespace ArticleLens.Interactive.Countries;

/// <summary>HTML for the countries area: gazetteer entries as cards of their forms, tables and pairs as a line and a table.</summary>
public static class CountryHtml
{
    /// <summary>Registers the formatters of this area.</summary>
    public static void Register()
    {
        Formatter.Register<Gazetteer>((gazetteer, writer) => writer.Write(Line(gazetteer.ToString())), HtmlFormatter.MimeType);
        Formatter.Register<GazetteerEntry>((entry, writer) => writer.Write(Card(entry)), HtmlFormatter.MimeType);
        Formatter.Register<CountryMention>((mention, writer) => writer.Write(Line(mention.ToString())), HtmlFormatter.MimeType);
        Formatter.Register<CountryTable>((table, writer) => writer.Write(Table(table)), HtmlFormatter.MimeType);
        Formatter.Register<CountryCooccurrence>((pairs, writer) => writer.Write(Line(pairs.ToString())), HtmlFormatter.MimeType);
    }

    /// <summary>A country or group as a card: code, name, its forms by kind, and a group's members.</summary>
    public static string Card(GazetteerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var html = new StringBuilder("<div style=\"border:1px solid #ccc;border-radius:6px;padding:8px 12px;max-width:60em\">");
        html.Append("<div style=\"font-weight:bold\">").Append(Encode($"{entry.Code} · {entry.Name}{(entry is Country c ? $" · {c.Iso2}" : " · group")}")).Append("</div><ul>");
        foreach (var kind in Enum.GetValues<MentionKind>())
        {
            var forms = entry.FormsOf(kind);
            if (forms.Count > 0) html.Append("<li><i>").Append(kind).Append("</i>: ").Append(Encode(string.Join("; ", forms))).Append("</li>");
        }
        if (entry is CountryGroup group) html.Append("<li><i>members</i>: ").Append(Encode(string.Join(" ", group.Members))).Append("</li>");
        return html.Append("</ul></div>").ToString();
    }

    /// <summary>A table as its one-line description and its first rows.</summary>
    public static string Table(CountryTable table, int shown = 25)
    {
        ArgumentNullException.ThrowIfNull(table);
        var html = new StringBuilder(Line(table.ToString()));
        html.Append("<table><thead><tr>");
        foreach (var head in new[] { "article", "iso3", "country", "mentions", "articles", "name", "official", "alias", "demonym", "capital", "self" })
            html.Append("<th>").Append(head).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var r in table.Take(shown))
        {
            html.Append("<tr>");
            foreach (var cell in new object?[] { r.Article, r.Iso3, r.Country, r.Mentions, r.Articles, r.Names, r.OfficialNames, r.Aliases, r.Demonyms, r.Capitals, r.SelfMentions })
                html.Append("<td>").Append(Encode(cell?.ToString())).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        if (table.Count > shown) html.Append(Line($"… {table.Count - shown} more rows: use ToDataFrame() to see them all."));
        return html.ToString();
    }

    private static string Line(string text) => $"<div>{Encode(text)}</div>";

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
