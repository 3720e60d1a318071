using ArticleLens.Pledges;

namespace ArticleLens.Tests.Pledges;

/// <summary>Finds the pledges of a few sentences written as a seed-format article.</summary>
internal static class PledgeText
{
    private static readonly PledgeDetector Detector = new();

    public static IReadOnlyList<Pledge> Find(string sentences, DateOnly? date = null)
    {
        var article = Corpus.FromText($"Article Number: 1\nTest article\n{sentences}\n").Single();
        lock (Detector)
            return Detector.Find(date is null ? article : article with { Date = date });
    }

    public static Pledge One(string sentence, DateOnly? date = null) => Assert.Single(Find(sentence, date));
}
