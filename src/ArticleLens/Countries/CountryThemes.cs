using ArticleLens.Themes;

namespace ArticleLens.Countries;

/// <summary>Which themes the sentences that name a country are about: countries crossed with themes, sentence by sentence.</summary>
public static class CountryThemes
{
    /// <summary>
    /// For each country (or group) of <paramref name="mentions"/> and each theme of <paramref name="hits"/>, the number of
    /// sentences (of the same article) that name the one and hit the other; most frequent first.
    /// </summary>
    public static IReadOnlyList<CountryThemeRow> Of(IEnumerable<CountryMention> mentions, IEnumerable<ThemeHit> hits)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(hits);
        var themes = new Dictionary<(string Article, int Sentence), HashSet<string>>();
        foreach (var hit in hits)
        {
            if (!themes.TryGetValue((hit.Article, hit.Sentence), out var set)) themes[(hit.Article, hit.Sentence)] = set = [];
            set.Add(hit.Theme);
        }
        var seen = new HashSet<(string Article, int Sentence, string Code)>();
        var names = new Dictionary<string, string>();
        var counts = new Dictionary<(string Code, string Theme), int>();
        foreach (var mention in mentions)
        {
            var sentence = (mention.Article.Id, mention.Sentence);
            if (!themes.TryGetValue(sentence, out var set) || !seen.Add((sentence.Id, sentence.Sentence, mention.Iso3))) continue;
            names.TryAdd(mention.Iso3, mention.Name);
            foreach (var theme in set)
                counts[(mention.Iso3, theme)] = counts.GetValueOrDefault((mention.Iso3, theme)) + 1;
        }
        return [.. counts
            .Select(c => new CountryThemeRow(c.Key.Code, names[c.Key.Code], c.Key.Theme, c.Value))
            .OrderByDescending(r => r.Sentences).ThenBy(r => r.Iso3, StringComparer.Ordinal).ThenBy(r => r.Theme, StringComparer.Ordinal)];
    }
}
