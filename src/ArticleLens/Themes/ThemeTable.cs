using System.Collections;

namespace ArticleLens.Themes;

/// <summary>
/// Theme counts by corpus, article or sentence: hits, sentences and articles touched, hits per 1,000 words, and the
/// coverage of each group (share of sentences with any theme). Rows list themes with hits, most hits first in each group.
/// </summary>
public sealed class ThemeTable : IReadOnlyList<ThemeRow>
{
    private readonly List<ThemeRow> _rows;

    private ThemeTable(Lexicon lexicon, ThemeGrouping by, List<ThemeRow> rows, List<ThemeCoverage> coverages, ThemeCoverage total, int articles)
    {
        Lexicon = lexicon;
        By = by;
        _rows = rows;
        Coverages = coverages;
        Total = total;
        Articles = articles;
    }

    /// <summary>The lexicon counted.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>What each row counts over.</summary>
    public ThemeGrouping By { get; }

    /// <summary>Coverage of each group: one for the corpus, one per article, or one per sentence.</summary>
    public IReadOnlyList<ThemeCoverage> Coverages { get; }

    /// <summary>Words, sentences, coded sentences and hits of the whole corpus.</summary>
    public ThemeCoverage Total { get; }

    /// <summary>Articles counted.</summary>
    public int Articles { get; }

    /// <summary>Share of all sentences with at least one hit of any theme.</summary>
    public double Coverage => Total.Coverage;

    /// <summary>Number of distinct themes with hits.</summary>
    public int Themes => _rows.Select(r => r.Theme).Distinct().Count();

    /// <inheritdoc/>
    public int Count => _rows.Count;

    /// <inheritdoc/>
    public ThemeRow this[int index] => _rows[index];

    /// <summary>The first <paramref name="n"/> rows.</summary>
    public IReadOnlyList<ThemeRow> Top(int n) => _rows.Take(n).ToList();

    /// <summary>Looks up <paramref name="lexicon"/> in <paramref name="articles"/> and counts the hits by <paramref name="by"/>.</summary>
    public static ThemeTable Of(IEnumerable<Article> articles, Lexicon lexicon, ThemeGrouping by = ThemeGrouping.Corpus) =>
        Of(articles.Lookup(lexicon), by);

    /// <summary>Counts the hits of <paramref name="articles"/> (streamed once; only the rows are kept) by <paramref name="by"/>.</summary>
    public static ThemeTable Of(IEnumerable<ThemedArticle> articles, ThemeGrouping by = ThemeGrouping.Corpus)
    {
        ArgumentNullException.ThrowIfNull(articles);
        Lexicon? lexicon = null;
        ThemeCounts? corpus = null;
        var rows = new List<ThemeRow>();
        var coverages = new List<ThemeCoverage>();
        int count = 0, sentences = 0, coded = 0, hits = 0;
        long words = 0;
        foreach (var article in articles)
        {
            lexicon ??= article.Lexicon;
            if (!ReferenceEquals(lexicon, article.Lexicon))
                throw new ArgumentException("All articles of a theme table must be looked up with the same lexicon.", nameof(articles));
            count++;
            words += article.Words;
            sentences += article.Sentences;
            coded += article.CodedSentences;
            hits += article.Hits.Count;
            if (by == ThemeGrouping.Corpus)
                (corpus ??= new ThemeCounts(lexicon.Count)).Add(article);
            else
            {
                rows.AddRange(RowsOf(article, by));
                coverages.AddRange(CoveragesOf(article, by));
            }
        }
        lexicon ??= Lexicon.Empty;
        var total = new ThemeCoverage(null, null, words, sentences, coded, hits);
        if (by == ThemeGrouping.Corpus)
        {
            rows = corpus?.TakeRows(lexicon, words) ?? [];
            coverages.Add(total);
        }
        return new ThemeTable(lexicon, by, rows, coverages, total, count);
    }

    /// <summary>
    /// The rows of one article, grouped by <see cref="ThemeGrouping.Article"/> or <see cref="ThemeGrouping.Sentence"/>:
    /// lets a caller stream rows without holding a table.
    /// </summary>
    public static IEnumerable<ThemeRow> RowsOf(ThemedArticle article, ThemeGrouping by)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (by == ThemeGrouping.Corpus)
            throw new ArgumentOutOfRangeException(nameof(by), by, "Rows of one article are grouped by article or sentence; use ThemeTable.Of for the corpus.");
        var counts = new ThemeCounts(article.Lexicon.Count);
        if (by == ThemeGrouping.Article)
        {
            counts.Add(article);
            return counts.TakeRows(article.Lexicon, article.Words, article.Article.Id);
        }
        var rows = new List<ThemeRow>();
        foreach (var sentence in article.Hits.Select(h => h.Sentence).Distinct())
        {
            counts.Add(article, sentence);
            rows.AddRange(counts.TakeRows(article.Lexicon, article.WordsIn(sentence), article.Article.Id, sentence));
        }
        return rows;
    }

    /// <summary>
    /// The rows of every article grouped by <see cref="ThemeGrouping.Article"/> or <see cref="ThemeGrouping.Sentence"/>,
    /// looked up on <paramref name="threads"/> threads, in article order: only rows are held, never the articles.
    /// </summary>
    public static IEnumerable<ThemeRow> RowsOf(IEnumerable<Article> articles, Lexicon lexicon, ThemeGrouping by, int threads = 1)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        if (by == ThemeGrouping.Corpus)
            throw new ArgumentOutOfRangeException(nameof(by), by, "Rows per article are grouped by article or sentence; use ThemeTable.Of for the corpus.");
        return new ArticleWorkers<ThemeMatcher>(() => new ThemeMatcher(lexicon), threads)
            .Map(articles, (matcher, article) => RowsOf(matcher.Match(article), by))
            .SelectMany(rows => rows);
    }

    private static IEnumerable<ThemeCoverage> CoveragesOf(ThemedArticle article, ThemeGrouping by)
    {
        var id = article.Article.Id;
        if (by == ThemeGrouping.Article)
            return [new ThemeCoverage(id, null, article.Words, article.Sentences, article.CodedSentences, article.Hits.Count)];
        var hits = new int[article.Sentences + 1];
        foreach (var hit in article.Hits) hits[hit.Sentence]++;
        return Enumerable.Range(1, article.Sentences)
            .Select(s => new ThemeCoverage(id, s, article.WordsIn(s), 1, hits[s] > 0 ? 1 : 0, hits[s]));
    }

    /// <inheritdoc/>
    public IEnumerator<ThemeRow> GetEnumerator() => _rows.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>One line: "Themes by corpus: 1 article, 12 themes, 154 hits, 83% of 63 sentences coded".</summary>
    public override string ToString() =>
        $"Themes by {By.ToString().ToLowerInvariant()}: {Articles:N0} article{(Articles == 1 ? "" : "s")}, {Themes} themes, {Total.Hits:N0} hits, {Coverage * 100:0}% of {Total.Sentences:N0} sentences coded";
}
