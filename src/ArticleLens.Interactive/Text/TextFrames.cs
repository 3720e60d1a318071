using ArticleLens.Text;
using Microsoft.Data.Analysis;

namespace ArticleLens.Interactive.Text;

/// <summary><c>ToDataFrame()</c> for articles, tokens, frequency tables and KWIC lines.</summary>
public static class TextFrames
{
    private static readonly FrameBuilder<Article> Articles = new FrameBuilder<Article>()
        .Text("id", a => a.Id)
        .Int("number", a => a.Number)
        .Text("title", a => a.Title)
        .Text("countryTag", a => a.CountryTag)
        .Text("source", a => a.Source)
        .Text("date", a => a.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
        .Text("path", a => a.Path)
        .Int("sentences", a => a.Sentences.Count);

    private static readonly FrameBuilder<FrequencyRow> Frequencies = new FrameBuilder<FrequencyRow>()
        .Text("feature", r => r.Feature)
        .Int("frequency", r => r.Frequency)
        .Int("rank", r => r.Rank)
        .Int("articles", r => r.Articles);

    private static readonly FrameBuilder<KwicLine> KwicLines = new FrameBuilder<KwicLine>()
        .Text("article", k => k.Article)
        .Int("sentence", k => k.Sentence)
        .Text("left", k => k.Left)
        .Text("match", k => k.Match)
        .Text("right", k => k.Right);

    /// <summary>One row per article: id, number, title, countryTag, source, date, path, sentences.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<Article> articles) => Articles.Build(articles);

    /// <summary>One row per token: sentence, index (in the sentence), text, kind, norm, start, end, value.</summary>
    public static DataFrame ToDataFrame(this TokenizedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var rows = new List<(Token Token, int Index)>(article.Tokens.Count);
        var (sentence, index) = (0, 0);
        foreach (var token in article.Tokens)
        {
            index = token.Sentence == sentence ? index + 1 : 1;
            sentence = token.Sentence;
            rows.Add((token, index));
        }
        return new FrameBuilder<(Token Token, int Index)>()
            .Int("sentence", r => r.Token.Sentence)
            .Int("index", r => r.Index)
            .Text("text", r => article.TextOf(r.Token))
            .Text("kind", r => r.Token.Kind.ToString().ToLowerInvariant())
            .Text("norm", r => article.NormOf(r.Token))
            .Int("start", r => r.Token.Start)
            .Int("end", r => r.Token.End)
            .Double("value", r => r.Token.Value)
            .Build(rows);
    }

    /// <summary>One row per feature: feature, frequency, rank, articles.</summary>
    public static DataFrame ToDataFrame(this FrequencyTable table) => Frequencies.Build(table);

    /// <summary>One row per match: article, sentence, left, match, right.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<KwicLine> lines) => KwicLines.Build(lines);
}
