namespace ArticleLens.Countries;

/// <summary>Counts mentions per country or group while articles stream by.</summary>
internal sealed class CountryTally
{
    private readonly Dictionary<GazetteerEntry, Counts> _counts = new(ReferenceEqualityComparer.Instance);
    private Article? _article;
    private int _articleNumber;

    public void StartArticle(Article article)
    {
        _article = article;
        _articleNumber++;
    }

    public void Add(CountryMention mention)
    {
        if (!ReferenceEquals(mention.Article, _article)) StartArticle(mention.Article);
        if (!_counts.TryGetValue(mention.Entry, out var counts)) _counts[mention.Entry] = counts = new Counts();
        counts.Mentions++;
        if (counts.LastArticle != _articleNumber)
        {
            counts.LastArticle = _articleNumber;
            counts.Articles++;
        }
        if (mention.ViaGroup is not null) counts.ViaGroups++;
        else counts.ByKind[(int)mention.Kind]++;
        if (mention.IsSelfMention) counts.Self++;
    }

    /// <summary>The rows, most mentioned first (ties by name), then forgets them.</summary>
    public IEnumerable<CountryRow> TakeRows(string? article)
    {
        var rows = _counts
            .Select(pair => new CountryRow(article, pair.Key.Code, pair.Key.Name, pair.Key.IsGroup, pair.Value.Mentions,
                pair.Value.Articles, pair.Value.ByKind[0], pair.Value.ByKind[1], pair.Value.ByKind[2], pair.Value.ByKind[3],
                pair.Value.ByKind[4], pair.Value.Self, pair.Value.ViaGroups))
            .OrderByDescending(r => r.Mentions).ThenBy(r => r.Country, StringComparer.Ordinal)
            .ToList();
        _counts.Clear();
        return rows;
    }

    private sealed class Counts
    {
        public int Mentions;
        public int Articles;
        public int LastArticle;
        public int Self;
        public int ViaGroups;
        public readonly int[] ByKind = new int[5];
    }
}
