using System.Collections;

namespace ArticleLens.Pledges;

/// <summary>
/// The pledges of a corpus as one table: filter it (<see cref="Commitments"/>, <see cref="Quantified"/>, <see cref="Where"/>),
/// count it (<see cref="CountBy"/>), and read it in one line ("1 article, 70 pledges: 51 commitments, 19 exhortations; 5 quantified, 1 in money").
/// </summary>
public sealed class PledgeTable : IReadOnlyList<Pledge>
{
    private readonly IReadOnlyList<Pledge> _rows;

    private PledgeTable(IReadOnlyList<Pledge> rows, int articles)
    {
        _rows = rows;
        Articles = articles;
    }

    /// <summary>Finds the pledges of every article of <paramref name="articles"/> (one pass, one detector).</summary>
    public static PledgeTable Of(IEnumerable<Article> articles, IPartyNames? parties = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var count = 0;
        var rows = articles.Select(a => { count++; return a; }).FindPledges(parties).ToList();
        return new PledgeTable(rows, count);
    }

    /// <summary>A table of pledges found before, from <paramref name="articles"/> articles.</summary>
    public static PledgeTable From(IEnumerable<Pledge> pledges, int articles)
    {
        ArgumentNullException.ThrowIfNull(pledges);
        ArgumentOutOfRangeException.ThrowIfNegative(articles);
        return new PledgeTable([.. pledges], articles);
    }

    /// <summary>Number of articles read.</summary>
    public int Articles { get; }

    /// <summary>Number of rows.</summary>
    public int Count => _rows.Count;

    /// <summary>The row at <paramref name="index"/>.</summary>
    public Pledge this[int index] => _rows[index];

    /// <summary>The commitments: every modality but <c>need to</c>.</summary>
    public PledgeTable Commitments => Where(p => p.IsCommitment);

    /// <summary>The exhortations: modality <c>need to</c>.</summary>
    public PledgeTable Exhortations => Where(p => !p.IsCommitment);

    /// <summary>The pledges that state a quantity or an amount of money.</summary>
    public PledgeTable Quantified => Where(p => p.IsQuantified);

    /// <summary>The pledges stated in money.</summary>
    public PledgeTable Money => Where(p => p.Currency is not null);

    /// <summary>The pledges with a timeframe.</summary>
    public PledgeTable Timed => Where(p => p.Timeframe is not null);

    /// <summary>The rows that satisfy <paramref name="predicate"/>, as a table of the same articles.</summary>
    public PledgeTable Where(Func<Pledge, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return new PledgeTable([.. _rows.Where(predicate)], Articles);
    }

    /// <summary>Rows per key, most first (ties in order of first appearance): <c>table.CountBy(p => p.Actor.Label)</c>.</summary>
    public IReadOnlyList<(string Key, int Count)> CountBy(Func<Pledge, string?> key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return [.. _rows.GroupBy(p => key(p) ?? "(none)").Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2)];
    }

    /// <inheritdoc />
    public IEnumerator<Pledge> GetEnumerator() => _rows.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>"1 article, 70 pledges: 51 commitments, 19 exhortations; 5 quantified, 1 in money".</summary>
    public override string ToString()
    {
        var commitments = _rows.Count(p => p.IsCommitment);
        return $"{Articles:N0} article{(Articles == 1 ? "" : "s")}, {Count:N0} pledge{(Count == 1 ? "" : "s")}: "
               + $"{commitments:N0} commitment{(commitments == 1 ? "" : "s")}, {Count - commitments:N0} exhortation{(Count - commitments == 1 ? "" : "s")}; "
               + $"{_rows.Count(p => p.IsQuantified):N0} quantified, {_rows.Count(p => p.Currency is not null):N0} in money";
    }
}
