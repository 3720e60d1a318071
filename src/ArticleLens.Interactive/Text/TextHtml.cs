using System.Net;
using System.Text;
using ArticleLens.Text;
using Microsoft.DotNet.Interactive.Formatting;

namespace ArticleLens.Interactive.Text;

/// <summary>HTML for articles, corpora and summaries: readable cards, every piece of text HTML-escaped.</summary>
public static class TextHtml
{
    /// <summary>Registers the formatters of this area.</summary>
    public static void Register()
    {
        Formatter.Register<Article>((article, writer) => writer.Write(Card(article)), HtmlFormatter.MimeType);
        Formatter.Register<ArticleLens.Corpus>((corpus, writer) => writer.Write(Line(corpus.ToString())), HtmlFormatter.MimeType);
        Formatter.Register<TokenizedArticle>((tokens, writer) => writer.Write(Line(tokens.ToString())), HtmlFormatter.MimeType);
        Formatter.Register<CorpusSummary>((summary, writer) => writer.Write(Line(summary.ToString())), HtmlFormatter.MimeType);
        Formatter.Register<FrequencyTable>((table, writer) => writer.Write(Line(table.ToString())), HtmlFormatter.MimeType);
    }

    /// <summary>An article as a card: metadata line, title, and its sentences in a collapsed numbered list.</summary>
    public static string Card(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var meta = new[]
        {
            $"Article {article.Id}", article.CountryTag, article.Source,
            article.Date?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), article.Path,
        }.Where(part => !string.IsNullOrEmpty(part));
        var html = new StringBuilder();
        html.Append("<div class=\"articlelens-article\" style=\"border:1px solid #ccc;border-radius:6px;padding:8px 12px;max-width:60em\">");
        html.Append("<div style=\"font-size:smaller;color:#666\">").Append(Encode(string.Join(" · ", meta))).Append("</div>");
        html.Append("<div style=\"font-weight:bold;font-size:larger;margin:4px 0\">").Append(Encode(article.Title)).Append("</div>");
        html.Append("<details><summary>").Append(article.Sentences.Count).Append(" sentences</summary><ol>");
        foreach (var sentence in article.Sentences)
            html.Append("<li>").Append(Encode(article.SentenceText(sentence).ToString())).Append("</li>");
        html.Append("</ol></details></div>");
        return html.ToString();
    }

    private static string Line(string text) => $"<div>{Encode(text)}</div>";

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
