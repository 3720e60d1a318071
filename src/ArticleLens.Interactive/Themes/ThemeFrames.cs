using ArticleLens.Themes;
using Microsoft.Data.Analysis;

namespace ArticleLens.Interactive.Themes;

/// <summary><c>ToDataFrame()</c> for lexicons, theme tables, hits, coverage and dispersion.</summary>
public static class ThemeFrames
{
    private static readonly FrameBuilder<ThemeRow> CorpusRows = Counts(new FrameBuilder<ThemeRow>());
    private static readonly FrameBuilder<ThemeRow> ArticleRows = Counts(new FrameBuilder<ThemeRow>().Text("article", r => r.Article));
    private static readonly FrameBuilder<ThemeRow> SentenceRows =
        Counts(new FrameBuilder<ThemeRow>().Text("article", r => r.Article).Int("sentence", r => r.Sentence));

    private static FrameBuilder<ThemeRow> Counts(FrameBuilder<ThemeRow> rows) => rows
        .Text("theme", r => r.Theme)
        .Int("hits", r => r.Hits)
        .Int("sentences", r => r.Sentences)
        .Int("articles", r => r.Articles)
        .Long("words", r => r.Words)
        .Double("perThousandWords", r => r.PerThousandWords);

    private static readonly FrameBuilder<ThemeHit> Hits = new FrameBuilder<ThemeHit>()
        .Text("article", h => h.Article)
        .Int("sentence", h => h.Sentence)
        .Text("theme", h => h.Theme)
        .Text("pattern", h => h.Pattern)
        .Int("start", h => h.Start)
        .Int("end", h => h.End);

    private static readonly FrameBuilder<Theme> Themes = new FrameBuilder<Theme>()
        .Text("theme", t => t.Name)
        .Int("patterns", t => t.Patterns.Count)
        .Text("examples", t => string.Join(", ", t.Patterns.Take(6).Select(p => p.Text)))
        .Text("scope", t => t.Scope);

    private static readonly FrameBuilder<ThemeCoverage> Coverages = new FrameBuilder<ThemeCoverage>()
        .Text("article", c => c.Article)
        .Int("sentence", c => c.Sentence)
        .Long("words", c => c.Words)
        .Int("sentences", c => c.Sentences)
        .Int("codedSentences", c => c.CodedSentences)
        .Int("hits", c => c.Hits)
        .Double("coverage", c => c.Coverage);

    private static readonly FrameBuilder<ThemeDispersion> Dispersions = new FrameBuilder<ThemeDispersion>()
        .Text("theme", d => d.Theme)
        .Int("hits", d => d.Hits)
        .Int("parts", d => d.Parts)
        .Int("partsWithHits", d => d.PartsWithHits)
        .Double("dp", d => d.DP);

    /// <summary>One row per theme and group: (article, sentence when grouped,) theme, hits, sentences, articles, words, perThousandWords.</summary>
    public static DataFrame ToDataFrame(this ThemeTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.By switch
        {
            ThemeGrouping.Article => ArticleRows,
            ThemeGrouping.Sentence => SentenceRows,
            _ => CorpusRows,
        };
        return rows.Build(table);
    }

    /// <summary>One row per hit: article, sentence, theme, pattern, start, end.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<ThemeHit> hits) => Hits.Build(hits);

    /// <summary>The hits of one article with the matched text: the drill-down from a count to the words behind it.</summary>
    public static DataFrame ToDataFrame(this ThemedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new FrameBuilder<ThemeHit>()
            .Int("sentence", h => h.Sentence)
            .Text("theme", h => h.Theme)
            .Text("pattern", h => h.Pattern)
            .Text("match", article.TextOf)
            .Int("start", h => h.Start)
            .Int("end", h => h.End)
            .Build(article.Hits);
    }

    /// <summary>One row per theme: theme, patterns, examples, scope.</summary>
    public static DataFrame ToDataFrame(this Lexicon lexicon) => Themes.Build(lexicon);

    /// <summary>One row per group: article, sentence, words, sentences, codedSentences, hits, coverage.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<ThemeCoverage> coverages) => Coverages.Build(coverages);

    /// <summary>One row per theme: theme, hits, parts, partsWithHits, dp.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<ThemeDispersion> dispersions) => Dispersions.Build(dispersions);
}
