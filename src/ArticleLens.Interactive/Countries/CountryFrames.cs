using ArticleLens.Countries;
using Microsoft.Data.Analysis;

namespace ArticleLens.Interactive.Countries;

/// <summary><c>ToDataFrame()</c> for country mentions, country tables and co-occurring pairs.</summary>
public static class CountryFrames
{
    private static readonly FrameBuilder<CountryMention> Mentions = new FrameBuilder<CountryMention>()
        .Text("article", m => m.Article.Id)
        .Int("sentence", m => m.Sentence)
        .Text("iso3", m => m.Iso3)
        .Text("country", m => m.Name)
        .Text("kind", m => m.Kind.ToString())
        .Text("text", m => m.Text)
        .Int("start", m => m.Start)
        .Int("end", m => m.End)
        .Bool("group", m => m.IsGroup)
        .Bool("self", m => m.IsSelfMention)
        .Text("viaGroup", m => m.ViaGroup?.Code);

    private static readonly FrameBuilder<CountryRow> Rows = new FrameBuilder<CountryRow>()
        .Text("article", r => r.Article)
        .Text("iso3", r => r.Iso3)
        .Text("country", r => r.Country)
        .Bool("group", r => r.IsGroup)
        .Int("mentions", r => r.Mentions)
        .Int("articles", r => r.Articles)
        .Int("name", r => r.Names)
        .Int("officialName", r => r.OfficialNames)
        .Int("alias", r => r.Aliases)
        .Int("demonym", r => r.Demonyms)
        .Int("capital", r => r.Capitals)
        .Int("self", r => r.SelfMentions)
        .Int("viaGroups", r => r.ViaGroups);

    private static readonly FrameBuilder<CountryPair> Pairs = new FrameBuilder<CountryPair>()
        .Text("iso3A", p => p.Iso3A)
        .Text("countryA", p => p.CountryA)
        .Text("iso3B", p => p.Iso3B)
        .Text("countryB", p => p.CountryB)
        .Int("sentences", p => p.Sentences)
        .Int("articles", p => p.Articles);

    private static readonly FrameBuilder<CountryThemeRow> ThemeRows = new FrameBuilder<CountryThemeRow>()
        .Text("iso3", r => r.Iso3)
        .Text("country", r => r.Country)
        .Text("theme", r => r.Theme)
        .Int("sentences", r => r.Sentences);

    /// <summary>One row per mention: article, sentence, iso3, country, kind, text, start, end, group, self, viaGroup.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<CountryMention> mentions) => Mentions.Build(mentions);

    /// <summary>One row per country (or group), and per article when counted by article, with the counts by kind.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<CountryRow> rows) => Rows.Build(rows);

    /// <summary>One row per country and theme met in the same sentences: iso3, country, theme, sentences.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<CountryThemeRow> rows) => ThemeRows.Build(rows);

    /// <summary>One row per pair named in the same sentences: iso3A, countryA, iso3B, countryB, sentences, articles.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<CountryPair> pairs) => Pairs.Build(pairs);
}
