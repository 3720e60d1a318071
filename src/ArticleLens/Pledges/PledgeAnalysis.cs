namespace ArticleLens.Pledges;

/// <summary>Finding pledges: <c>corpus.FindPledges()</c> streams them; <c>PledgeTable.Of(corpus)</c> collects them.</summary>
public static class PledgeAnalysis
{
    /// <summary>The pledges of every article, streamed article by article with one reused detector (lazy).</summary>
    public static IEnumerable<Pledge> FindPledges(this IEnumerable<Article> articles, IPartyNames? parties = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Stream(articles, parties ?? PartyNames.Default);
    }

    /// <summary>The pledges of one article.</summary>
    public static IReadOnlyList<Pledge> FindPledges(this Article article, IPartyNames? parties = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new PledgeDetector(parties ?? PartyNames.Default).Find(article);
    }

    private static IEnumerable<Pledge> Stream(IEnumerable<Article> articles, IPartyNames parties)
    {
        var detector = new PledgeDetector(parties);
        var found = new List<Pledge>();
        foreach (var article in articles)
        {
            found.Clear();
            detector.Find(article, found);
            foreach (var pledge in found)
                yield return pledge;
        }
    }
}
