using ArticleLens.Interactive.Charts;
using ArticleLens.Themes;
using Plotly.NET;
using CS = Plotly.NET.CSharp;

namespace ArticleLens.Interactive.Themes;

/// <summary>Plotly.NET charts of themes: bars, a lexical-dispersion x-ray, a themes × articles heatmap, a drill-down to patterns.</summary>
public static class ThemeCharts
{
    /// <summary>Hits per theme, most first.</summary>
    public static GenericChart Hits(ThemeTable table)
    {
        var rows = Totals(table);
        return TextCharts.Bar(rows.Select(r => r.Theme), rows.Select(r => (double)r.Hits), $"Theme hits ({table.Articles} article{(table.Articles == 1 ? "" : "s")})", "", "hits");
    }

    /// <summary>Hits per 1,000 words per theme: comparable across texts of different lengths.</summary>
    public static GenericChart PerThousandWords(ThemeTable table)
    {
        var rows = Totals(table).OrderByDescending(r => r.PerThousandWords).ToList();
        return TextCharts.Bar(rows.Select(r => r.Theme), rows.Select(r => Math.Round(r.PerThousandWords, 2)), "Theme hits per 1,000 words", "", "hits per 1,000 words");
    }

    /// <summary>
    /// A lexical-dispersion plot ("x-ray"): one row per theme, one mark where each hit falls through the article
    /// (0% = first token, 100% = last). Hover a mark to see the matched words.
    /// </summary>
    public static GenericChart XRay(ThemedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var tokens = Math.Max(1, article.TokenCount);
        var traces = article.Dispersion().Select(d =>
        {
            var hits = article.Hits.Where(h => h.Theme == d.Theme).ToList();
            return CS.Chart.Point<double, string, string>(
                x: hits.Select(h => Math.Round(100.0 * h.Token / tokens, 1)).ToArray(),
                y: hits.Select(_ => d.Theme).ToArray(),
                Name: d.Theme,
                MultiText: hits.Select(h => $"{article.TextOf(h)} (sentence {h.Sentence})").ToArray(),
                MarkerSymbol: StyleParam.MarkerSymbol.Diamond);
        });
        var chart = CS.Chart.Combine(traces);
        return chart.Titled($"Where the themes fall in article {article.Article.Id}", "position in the text (%)", "", height: 120 + 28 * Math.Max(1, article.Dispersion().Count));
    }

    /// <summary>Themes × articles: hits per 1,000 words in each article (rows are themes, most frequent first).</summary>
    public static GenericChart Heatmap(IReadOnlyList<ThemedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var byArticle = ThemeTable.Of(articles, ThemeGrouping.Article);
        var themes = ThemeTable.Of(articles).Select(r => r.Theme).ToList();
        var ids = articles.Select(a => a.Article.Id).ToList();
        var rates = byArticle.ToDictionary(r => (r.Theme, r.Article!), r => Math.Round(r.PerThousandWords, 2));
        var z = themes.Select(t => ids.Select(id => rates.GetValueOrDefault((t, id))).ToArray()).ToArray();
        var chart = CS.Chart.Heatmap<double, string, string, string>(zData: z, X: ids.ToArray(), Y: themes.ToArray());
        return chart.Titled("Theme hits per 1,000 words, by article", "article", "", height: 160 + 24 * themes.Count);
    }

    /// <summary>The drill-down of one theme: its hits by the pattern that matched, most first.</summary>
    public static GenericChart Patterns(IEnumerable<ThemedArticle> articles, string theme)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var counts = articles.SelectMany(a => a.HitsOf(theme)).GroupBy(h => h.Pattern)
            .Select(g => (Pattern: g.Key, Hits: g.Count())).OrderByDescending(p => p.Hits).ToList();
        return TextCharts.Bar(counts.Select(c => c.Pattern), counts.Select(c => (double)c.Hits), $"Hits of {theme} by pattern", "", "hits");
    }

    /// <summary>One row per theme over the whole table, most hits first (a table by article or sentence is summed).</summary>
    private static List<ThemeRow> Totals(ThemeTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.By == ThemeGrouping.Corpus) return [.. table];
        return table.GroupBy(r => r.Theme)
            .Select(g => new ThemeRow(g.Key, g.Sum(r => r.Hits), g.Sum(r => r.Sentences), g.Select(r => r.Article).Distinct().Count(), table.Total.Words))
            .OrderByDescending(r => r.Hits).ToList();
    }
}
