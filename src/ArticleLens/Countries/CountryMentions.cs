using ArticleLens.Text;

namespace ArticleLens.Countries;

/// <summary>Finding country mentions in many articles, and expanding group mentions to their members on request.</summary>
public static class CountryMentions
{
    /// <summary>The mentions in <paramref name="articles"/>, article by article (lazy; one matcher for the whole sequence).</summary>
    public static IEnumerable<CountryMention> Countries(this IEnumerable<Article> articles, CountryOptions? options = null, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Stream(articles, new Lazy<CountryMatcher>(() => new CountryMatcher(gazetteer, options)), (m, a) => m.Find(a));
    }

    /// <summary>The mentions in tokenized <paramref name="articles"/>, article by article (lazy; one matcher for the whole sequence).</summary>
    public static IEnumerable<CountryMention> Countries(this IEnumerable<TokenizedArticle> articles, CountryOptions? options = null, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Stream(articles, new Lazy<CountryMatcher>(() => new CountryMatcher(gazetteer, options)), (m, a) => m.Find(a));
    }

    /// <summary>
    /// Each mention, and after each group mention one mention per member state of the group (same span and kind,
    /// <see cref="CountryMention.ViaGroup"/> set). Only for a reader who asks: a group mention is not a mention of each member.
    /// </summary>
    public static IEnumerable<CountryMention> ExpandGroups(this IEnumerable<CountryMention> mentions, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        return Expand(mentions, gazetteer ?? Gazetteer.Default);
    }

    private static IEnumerable<CountryMention> Stream<T>(IEnumerable<T> articles, Lazy<CountryMatcher> matcher,
        Func<CountryMatcher, T, IReadOnlyList<CountryMention>> find)
    {
        foreach (var article in articles)
        {
            foreach (var mention in find(matcher.Value, article))
                yield return mention;
        }
    }

    private static IEnumerable<CountryMention> Expand(IEnumerable<CountryMention> mentions, Gazetteer gazetteer)
    {
        foreach (var mention in mentions)
        {
            yield return mention;
            if (mention.Entry is not CountryGroup group) continue;
            foreach (var member in group.Members)
                yield return mention with { Entry = gazetteer.Country(member), ViaGroup = group };
        }
    }
}
