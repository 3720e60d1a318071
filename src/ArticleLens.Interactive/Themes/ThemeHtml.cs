using System.Net;
using System.Text;
using ArticleLens.Themes;
using Microsoft.DotNet.Interactive.Formatting;

namespace ArticleLens.Interactive.Themes;

/// <summary>HTML for lexicons, theme tables and themed articles (each hit highlighted, its theme and pattern on hover).</summary>
public static class ThemeHtml
{
    private static readonly string[] Palette =
        ["#fde68a", "#bfdbfe", "#bbf7d0", "#fecaca", "#ddd6fe", "#fed7aa", "#a5f3fc", "#f5d0fe", "#d9f99d", "#e5e7eb"];

    /// <summary>Registers the formatters of this area.</summary>
    public static void Register()
    {
        Formatter.Register<Lexicon>((lexicon, writer) => writer.Write(LexiconTable(lexicon)), HtmlFormatter.MimeType);
        Formatter.Register<ThemeTable>((table, writer) => writer.Write($"<div>{Encode(table.ToString())}</div>"), HtmlFormatter.MimeType);
        Formatter.Register<ThemedArticle>((article, writer) => writer.Write(Highlighted(article)), HtmlFormatter.MimeType);
    }

    /// <summary>The lexicon as a table: theme, scope, patterns.</summary>
    public static string LexiconTable(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var html = new StringBuilder($"<div>{Encode(lexicon.ToString())}</div><table><thead><tr><th>theme</th><th>scope</th><th>patterns</th></tr></thead><tbody>");
        foreach (var theme in lexicon)
        {
            html.Append("<tr><td><b>").Append(Encode(theme.Name)).Append("</b></td><td>").Append(Encode(theme.Scope))
                .Append("</td><td>").Append(Encode(string.Join(", ", theme.Patterns.Select(p => p.Text)))).Append("</td></tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>The article's sentences with every hit marked in its theme's colour; hover shows theme and pattern.</summary>
    public static string Highlighted(ThemedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Article.Text;
        var colours = article.Lexicon.Select((theme, i) => (theme.Name, Colour: Palette[i % Palette.Length]))
            .ToDictionary(t => t.Name, t => t.Colour);
        var html = new StringBuilder("<div class=\"articlelens-themes\" style=\"max-width:60em\">");
        html.Append("<div>").Append(Encode(article.ToString())).Append("</div>");
        foreach (var theme in article.Hits.Select(h => h.Theme).Distinct())
            html.Append($"<span style=\"background:{colours[theme]};padding:0 4px;margin-right:4px\">{Encode(theme)}</span>");
        html.Append("<details><summary>the text with its hits</summary><ol>");
        var hits = article.Hits.OrderBy(h => h.Start).ThenBy(h => h.End).ToList();
        var next = 0;
        foreach (var sentence in article.Article.Sentences)
        {
            html.Append("<li>");
            var at = sentence.Start;
            for (; next < hits.Count && hits[next].Start < sentence.End; next++)
            {
                var hit = hits[next];
                if (hit.Start < at) continue; // a span already marked for another theme
                html.Append(Encode(text[at..hit.Start]));
                var same = hits.Skip(next).TakeWhile(h => h.Start == hit.Start && h.End == hit.End).ToList();
                var title = string.Join("; ", same.Select(h => $"{h.Theme}: {h.Pattern}"));
                html.Append($"<mark title=\"{Encode(title)}\" style=\"background:{colours[hit.Theme]}\">").Append(Encode(text[hit.Start..hit.End])).Append("</mark>");
                at = hit.End;
            }
            html.Append(Encode(text[at..sentence.End])).Append("</li>");
        }
        return html.Append("</ol></details></div>").ToString();
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
