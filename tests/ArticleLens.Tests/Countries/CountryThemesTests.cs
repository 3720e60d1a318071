using ArticleLens.Countries;
using ArticleLens.Themes;

namespace ArticleLens.Tests.Countries;

public class CountryThemesTests
{
    [Fact]
    public void Given_countries_and_theme_hits_When_crossed_Then_each_sentence_counts_once_per_country_and_theme()
    {
        var article = CountryText.Article("China and China's vaccines helped Kazakhstan.\nChina spoke of trade.\nNo country, only vaccines.");
        var lexicon = Lexicon.Parse("health: [vaccin*]\ntrade: [trade]\n");
        var hits = new ThemeMatcher(lexicon).Match(article).Hits;

        var rows = CountryThemes.Of(new CountryMatcher().Find(article), hits);

        Assert.Equal(["CHN health 1", "CHN trade 1", "KAZ health 1"], rows.Select(r => $"{r.Iso3} {r.Theme} {r.Sentences}"));
    }
}
