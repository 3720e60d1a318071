using System.Collections;

namespace ArticleLens.Text;

/// <summary>Feature frequencies over a corpus, most frequent first (ties in alphabetical order).</summary>
public sealed class FrequencyTable : IReadOnlyList<FrequencyRow>
{
    private readonly List<FrequencyRow> _rows;

    private FrequencyTable(List<FrequencyRow> rows, long total, string what)
    {
        _rows = rows;
        Total = total;
        What = what;
    }

    /// <summary>Sum of all frequencies.</summary>
    public long Total { get; }

    /// <summary>What was counted ("words", "content words", "2-grams").</summary>
    public string What { get; }

    /// <inheritdoc/>
    public int Count => _rows.Count;

    /// <inheritdoc/>
    public FrequencyRow this[int index] => _rows[index];

    /// <summary>The <paramref name="n"/> most frequent features.</summary>
    public IReadOnlyList<FrequencyRow> Top(int n) => _rows.Take(n).ToList();

    /// <summary>Counts the normalised tokens of <paramref name="articles"/> that pass <paramref name="filter"/>.</summary>
    public static FrequencyTable Of(IEnumerable<TokenizedArticle> articles, FrequencyFilter filter = FrequencyFilter.Words) =>
        OfNGrams(articles, 1, filter);

    /// <summary>
    /// Counts n-grams: runs of <paramref name="n"/> word tokens inside one sentence, not across punctuation.
    /// With <see cref="FrequencyFilter.ContentWords"/> an n-gram holding a stop word is left out (never bridged).
    /// </summary>
    public static FrequencyTable OfNGrams(IEnumerable<TokenizedArticle> articles, int n, FrequencyFilter filter = FrequencyFilter.Words)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var features = new Vocabulary();
        var counts = new List<int>();
        var docCounts = new List<int>();
        var lastDoc = new List<int>();
        long total = 0;
        var doc = 0;
        var window = new Queue<string>();
        foreach (var article in articles)
        {
            doc++;
            window.Clear();
            var sentence = -1;
            foreach (var token in article.Span)
            {
                var counted = filter == FrequencyFilter.AllTokens || token.IsWordLike;
                if (token.Sentence != sentence || !counted) window.Clear();
                sentence = token.Sentence;
                if (!counted) continue;
                var norm = article.NormOf(token);
                if (filter == FrequencyFilter.ContentWords && StopWords.IsStopWord(norm)) { window.Clear(); continue; }
                window.Enqueue(norm);
                if (window.Count > n) window.Dequeue();
                if (window.Count < n) continue;
                var id = features.Intern(n == 1 ? norm : string.Join(' ', window));
                if (id == counts.Count) { counts.Add(0); docCounts.Add(0); lastDoc.Add(0); }
                counts[id]++;
                total++;
                if (lastDoc[id] != doc) { lastDoc[id] = doc; docCounts[id]++; }
            }
        }
        var rows = Enumerable.Range(0, features.Count)
            .OrderByDescending(id => counts[id]).ThenBy(id => features[id], StringComparer.Ordinal)
            .Select(id => (id, count: counts[id]))
            .ToList();
        var table = new List<FrequencyRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var rank = i > 0 && rows[i].count == rows[i - 1].count ? table[i - 1].Rank : i + 1;
            table.Add(new FrequencyRow(features[rows[i].id], rows[i].count, rank, docCounts[rows[i].id]));
        }
        var what = (n == 1 ? "" : $"{n}-grams of ") + filter switch
        {
            FrequencyFilter.ContentWords => "content words",
            FrequencyFilter.AllTokens => "tokens",
            _ => "words",
        };
        return new FrequencyTable(table, total, what);
    }

    /// <inheritdoc/>
    public IEnumerator<FrequencyRow> GetEnumerator() => _rows.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>One line: "Frequencies of content words: 812 features, 1,034 occurrences".</summary>
    public override string ToString() => $"Frequencies of {What}: {Count:N0} features, {Total:N0} occurrences";
}
