using System.Collections;

namespace ArticleLens.Countries;

/// <summary>
/// Which countries are named together: for each pair, the number of sentences that name both (each sentence counts once
/// per pair however often it names them). Pass only country mentions to leave groups out.
/// </summary>
public sealed class CountryCooccurrence : IReadOnlyList<CountryPair>
{
    private readonly List<CountryPair> _pairs;
    private readonly Dictionary<(string, string), int> _sentences;

    private CountryCooccurrence(List<CountryPair> pairs, IReadOnlyList<(string Code, string Name)> entries, int sentences)
    {
        _pairs = pairs;
        _sentences = pairs.ToDictionary(p => (p.Iso3A, p.Iso3B), p => p.Sentences);
        Entries = entries;
        SentenceCount = sentences;
    }

    /// <summary>The countries (and groups) that share a sentence with another, most connected first, with their names.</summary>
    public IReadOnlyList<(string Code, string Name)> Entries { get; }

    /// <summary>Number of sentences that name at least two of them.</summary>
    public int SentenceCount { get; }

    /// <inheritdoc/>
    public int Count => _pairs.Count;

    /// <inheritdoc/>
    public CountryPair this[int index] => _pairs[index];

    /// <summary>Pairs the entries named in the same sentence of the same article, most frequent pairs first.</summary>
    public static CountryCooccurrence Of(IEnumerable<CountryMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var counts = new Dictionary<(string, string), (int Sentences, int Articles, Article? Last)>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var sentence = new SortedSet<string>(StringComparer.Ordinal);
        (Article? Article, int Index) current = (null, 0);
        var shared = 0;
        foreach (var mention in mentions)
        {
            if (!ReferenceEquals(mention.Article, current.Article) || mention.Sentence != current.Index)
            {
                CountPairs();
                current = (mention.Article, mention.Sentence);
            }
            sentence.Add(mention.Iso3);
            names.TryAdd(mention.Iso3, mention.Name);
        }
        CountPairs();
        var pairs = counts
            .Select(p => new CountryPair(p.Key.Item1, names[p.Key.Item1], p.Key.Item2, names[p.Key.Item2], p.Value.Sentences, p.Value.Articles))
            .OrderByDescending(p => p.Sentences).ThenBy(p => p.Iso3A, StringComparer.Ordinal).ThenBy(p => p.Iso3B, StringComparer.Ordinal)
            .ToList();
        var entries = pairs.SelectMany(p => new[] { (p.Iso3A, p.Sentences), (p.Iso3B, p.Sentences) })
            .GroupBy(e => e.Item1).OrderByDescending(g => g.Sum(e => e.Item2)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, names[g.Key])).ToList();
        return new CountryCooccurrence(pairs, entries, shared);

        void CountPairs()
        {
            if (sentence.Count > 1) shared++;
            foreach (var a in sentence)
            foreach (var b in sentence.GetViewBetween(a, sentence.Max!).Skip(1))
            {
                var (s, n, last) = counts.GetValueOrDefault((a, b));
                counts[(a, b)] = (s + 1, ReferenceEquals(last, current.Article) ? n : n + 1, current.Article);
            }
            sentence.Clear();
        }
    }

    /// <summary>Number of sentences that name both <paramref name="a"/> and <paramref name="b"/> (in either order; 0 for a code with itself).</summary>
    public int Sentences(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        return _sentences.GetValueOrDefault(key);
    }

    /// <summary>The symmetric matrix of <see cref="Sentences(string, string)"/> over <paramref name="codes"/> (for a heatmap).</summary>
    public int[][] Matrix(IReadOnlyList<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return [.. codes.Select(a => codes.Select(b => Sentences(a, b)).ToArray())];
    }

    /// <inheritdoc/>
    public IEnumerator<CountryPair> GetEnumerator() => _pairs.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>One line: "5 pairs of 6 countries or groups named together in 12 sentences".</summary>
    public override string ToString() => $"{Count:N0} pair{(Count == 1 ? "" : "s")} of {Entries.Count:N0} countries or groups named together in {SentenceCount:N0} sentence{(SentenceCount == 1 ? "" : "s")}";
}
