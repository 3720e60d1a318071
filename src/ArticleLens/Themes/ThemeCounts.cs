namespace ArticleLens.Themes;

/// <summary>Per-theme hits, sentences and articles, added up article by article (the counting behind <see cref="ThemeTable"/>).</summary>
internal sealed class ThemeCounts(int themes)
{
    private readonly int[] _hits = new int[themes];
    private readonly int[] _sentences = new int[themes];
    private readonly int[] _articles = new int[themes];
    private readonly int[] _lastSentence = new int[themes];

    /// <summary>Counts the hits of one article (or of one sentence when <paramref name="sentence"/> is given).</summary>
    public void Add(ThemedArticle article, int? sentence = null)
    {
        Array.Fill(_lastSentence, -1);
        var themes = article.ThemeIndexes;
        var hits = article.Hits;
        for (var i = 0; i < themes.Length; i++)
        {
            var s = hits[i].Sentence;
            if (sentence is not null && s != sentence) continue;
            var theme = themes[i];
            if (_lastSentence[theme] == -1) _articles[theme]++;
            if (_lastSentence[theme] != s) _sentences[theme]++;
            _lastSentence[theme] = s;
            _hits[theme]++;
        }
    }

    /// <summary>Rows for the themes with hits, most hits first (ties in lexicon order), then clears the counts.</summary>
    public List<ThemeRow> TakeRows(Lexicon lexicon, long words, string? article = null, int? sentence = null)
    {
        var rows = new List<ThemeRow>();
        foreach (var theme in Enumerable.Range(0, _hits.Length).Where(t => _hits[t] > 0).OrderByDescending(t => _hits[t]))
            rows.Add(new ThemeRow(lexicon[theme].Name, _hits[theme], _sentences[theme], _articles[theme], words, article, sentence));
        Array.Clear(_hits);
        Array.Clear(_sentences);
        Array.Clear(_articles);
        return rows;
    }
}
