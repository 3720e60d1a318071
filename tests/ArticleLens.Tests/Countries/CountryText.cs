using ArticleLens.Countries;

namespace ArticleLens.Tests.Countries;

/// <summary>Finds country mentions in hand-made text: each line a sentence of one article (tag <c>China</c> when asked).</summary>
internal static class CountryText
{
    private static readonly CountryMatcher Matcher = new();
    private static readonly CountryMatcher WithCapitals = new(options: CountryOptions.WithCapitals);
    private static readonly Lock Gate = new();

    public static Article Article(string sentences, string? tag = null) =>
        Corpus.FromText($"Article Number: 1\n{(tag is null ? "" : tag + ": ")}Title\n{sentences}\n", "test").Single();

    public static IReadOnlyList<CountryMention> Mentions(string sentences, bool capitals = false, string? tag = null)
    {
        lock (Gate) return (capitals ? WithCapitals : Matcher).Find(Article(sentences, tag));
    }

    /// <summary>The mentions as "CODE Kind form" strings, in text order.</summary>
    public static string[] Found(string sentences, bool capitals = false) =>
        [.. Mentions(sentences, capitals).Select(m => $"{m.Iso3} {m.Kind} {m.Text}")];

    public static string[] Codes(string sentences) => [.. Mentions(sentences).Select(m => m.Iso3)];
}
