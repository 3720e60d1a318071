namespace ArticleLens.Themes;

/// <summary>
/// Where a theme falls through a text: the relative position (0 = start, 1 = end) of each hit and Gries's DP,
/// the deviation of proportions between hits and text over parts (sentences of an article, or articles of a corpus):
/// 0 when hits spread exactly like the words, near 1 when they crowd into one small part.
/// </summary>
/// <param name="Theme">The theme.</param>
/// <param name="Hits">Its hits.</param>
/// <param name="Parts">Parts the text was divided into.</param>
/// <param name="PartsWithHits">Parts holding at least one hit.</param>
/// <param name="DP">Gries's deviation of proportions (2008), between 0 and 1.</param>
/// <param name="Positions">Relative position of each hit in text order.</param>
public sealed record ThemeDispersion(string Theme, int Hits, int Parts, int PartsWithHits, double DP, IReadOnlyList<double> Positions)
{
    /// <summary>Dispersion of each theme found in <paramref name="article"/> over its sentences, in lexicon order.</summary>
    public static IReadOnlyList<ThemeDispersion> Of(ThemedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var tokens = Math.Max(1, article.TokenCount);
        var sizes = Enumerable.Range(1, article.Sentences).Select(s => (double)article.WordsIn(s)).ToArray();
        var themes = article.ThemeIndexes.ToArray();
        return Enumerable.Range(0, article.Lexicon.Count)
            .Select(theme => Enumerable.Range(0, themes.Length).Where(i => themes[i] == theme).Select(i => article.Hits[i]).ToList())
            .Where(hits => hits.Count > 0)
            .Select(hits => Measure(hits[0].Theme, sizes, hits.Select(h => h.Sentence - 1), hits.Select(h => (double)h.Token / tokens)))
            .ToList();
    }

    /// <summary>Dispersion of each theme over the articles of a corpus (positions: article order plus the place within the article).</summary>
    public static IReadOnlyList<ThemeDispersion> Across(IEnumerable<ThemedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var list = articles.ToList();
        if (list.Count == 0) return [];
        var lexicon = list[0].Lexicon;
        var sizes = list.Select(a => (double)a.Words).ToArray();
        var hits = list.SelectMany((a, part) => a.Hits.Select((h, i) => (Part: part, Hit: h, Theme: a.ThemeIndexes[i],
            Position: (part + (double)h.Token / Math.Max(1, a.TokenCount)) / list.Count))).ToList();
        return Enumerable.Range(0, lexicon.Count)
            .Select(theme => hits.Where(h => h.Theme == theme).ToList())
            .Where(found => found.Count > 0)
            .Select(found => Measure(found[0].Hit.Theme, sizes, found.Select(h => h.Part), found.Select(h => h.Position)))
            .ToList();
    }

    private static ThemeDispersion Measure(string theme, double[] sizes, IEnumerable<int> parts, IEnumerable<double> positions)
    {
        var counts = new int[sizes.Length];
        var hits = 0;
        foreach (var part in parts)
        {
            counts[part]++;
            hits++;
        }
        var total = sizes.Sum();
        var dp = 0.0;
        for (var i = 0; i < sizes.Length; i++)
            dp += Math.Abs((double)counts[i] / hits - (total == 0 ? 1.0 / sizes.Length : sizes[i] / total));
        return new ThemeDispersion(theme, hits, sizes.Length, counts.Count(c => c > 0), Math.Round(dp / 2, 6), positions.ToList());
    }

    /// <summary>One line: "health: 9 hits in 5 of 63 parts, DP 0.81".</summary>
    public override string ToString() => $"{Theme}: {Hits} hits in {PartsWithHits} of {Parts} parts, DP {DP:0.00}";
}
