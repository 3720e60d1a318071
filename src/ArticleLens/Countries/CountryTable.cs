using System.Collections;

namespace ArticleLens.Countries;

/// <summary>Country and group mentions counted by corpus or by article, most mentioned first.</summary>
public sealed class CountryTable : IReadOnlyList<CountryRow>
{
    private readonly List<CountryRow> _rows;

    private CountryTable(List<CountryRow> rows, CountryTableBy by, int articles)
    {
        _rows = rows;
        By = by;
        ArticleCount = articles;
    }

    /// <summary>How the rows are grouped.</summary>
    public CountryTableBy By { get; }

    /// <summary>Number of articles counted (by corpus: every article read; from mentions: those with a mention).</summary>
    public int ArticleCount { get; }

    /// <summary>Number of mentions in all rows.</summary>
    public int MentionCount => _rows.Sum(r => r.Mentions);

    /// <summary>The rows of countries.</summary>
    public IReadOnlyList<CountryRow> Countries => [.. _rows.Where(r => !r.IsGroup)];

    /// <summary>The rows of regional groups.</summary>
    public IReadOnlyList<CountryRow> Groups => [.. _rows.Where(r => r.IsGroup)];

    /// <inheritdoc/>
    public int Count => _rows.Count;

    /// <inheritdoc/>
    public CountryRow this[int index] => _rows[index];

    /// <summary>Counts <paramref name="mentions"/> (for example from <see cref="CountryMentions.Countries(IEnumerable{Article}, CountryOptions?, Gazetteer?)"/>).</summary>
    public static CountryTable Of(IEnumerable<CountryMention> mentions, CountryTableBy by = CountryTableBy.Corpus)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var tally = new CountryTally();
        var rows = new List<CountryRow>();
        Article? current = null;
        var articles = 0;
        foreach (var mention in mentions)
        {
            if (!ReferenceEquals(mention.Article, current))
            {
                if (by == CountryTableBy.Article && current is not null) rows.AddRange(tally.TakeRows(current.Id));
                current = mention.Article;
                articles++;
            }
            tally.Add(mention);
        }
        rows.AddRange(tally.TakeRows(by == CountryTableBy.Article ? current?.Id : null));
        return new CountryTable(rows, by, articles);
    }

    /// <summary>Finds and counts the mentions of every article of <paramref name="articles"/> in one streaming pass.</summary>
    public static CountryTable Of(IEnumerable<Article> articles, CountryMatcher matcher, CountryTableBy by = CountryTableBy.Corpus)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(matcher);
        return Of(articles.Select(article => (article, matcher.Find(article))), by);
    }

    /// <summary>
    /// Counts mentions already found article by article (for example on several threads with <see cref="ArticleWorkers{TState}"/>);
    /// every article counts as read, with or without a mention.
    /// </summary>
    public static CountryTable Of(IEnumerable<(Article Article, IReadOnlyList<CountryMention> Mentions)> found, CountryTableBy by = CountryTableBy.Corpus)
    {
        ArgumentNullException.ThrowIfNull(found);
        var tally = new CountryTally();
        var rows = new List<CountryRow>();
        var count = 0;
        foreach (var (article, mentions) in found)
        {
            count++;
            tally.StartArticle(article);
            foreach (var mention in mentions)
                tally.Add(mention);
            if (by == CountryTableBy.Article) rows.AddRange(tally.TakeRows(article.Id));
        }
        if (by == CountryTableBy.Corpus) rows.AddRange(tally.TakeRows(null));
        return new CountryTable(rows, by, count);
    }

    /// <inheritdoc/>
    public IEnumerator<CountryRow> GetEnumerator() => _rows.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>One line: "1 article, 6 countries, 1 group, 84 mentions (by corpus)".</summary>
    public override string ToString()
    {
        var countries = _rows.Where(r => !r.IsGroup).Select(r => r.Iso3).Distinct().Count();
        var groups = _rows.Where(r => r.IsGroup).Select(r => r.Iso3).Distinct().Count();
        return $"{ArticleCount:N0} article{(ArticleCount == 1 ? "" : "s")}, {countries:N0} countr{(countries == 1 ? "y" : "ies")}, " +
               $"{groups:N0} group{(groups == 1 ? "" : "s")}, {MentionCount:N0} mentions (by {By.ToString().ToLowerInvariant()})";
    }
}
