using ArticleLens.Themes;

namespace ArticleLens.Tests.Themes;

/// <summary>Counts on the seed article, each checked by hand against the text (grep -oi on the body lines).</summary>
public class SeedThemesTests
{
    private const int SeedWords = 1715;

    public class DefaultLexicon
    {
        [Fact]
        public void Given_the_seed_When_the_default_lexicon_is_counted_Then_at_least_six_themes_are_found_each_with_a_rate()
        {
            var table = ThemeTable.Of([Seeds.LoadSeed()], Lexicon.Default);

            Assert.True(table.Themes >= 6, table.ToString());
            Assert.All(table, row => Assert.True(row.PerThousandWords > 0, row.ToString()));
            Assert.Equal(SeedWords, table.Total.Words);
        }

        [Fact]
        public void Given_the_seed_Then_the_health_theme_catches_the_vaccine_and_pandemic_passages()
        {
            var themed = Seeds.LoadSeed().Tokenize().Lookup(Lexicon.Default);

            var health = themed.HitsOf("health").ToList();
            var matched = health.Select(themed.TextOf).Select(t => t.ToLowerInvariant()).ToHashSet();

            Assert.Superset(new HashSet<string> { "vaccines", "vaccine", "pandemic", "covid" }, matched);
            Assert.Superset(new HashSet<int> { 34, 35, 52, 60 }, health.Select(h => h.Sentence).ToHashSet());
        }

        [Fact]
        public void Given_the_seed_Then_unrelated_senses_are_not_coded()
        {
            var themed = Seeds.LoadSeed().Tokenize().Lookup(Lexicon.Default);
            var coded = themed.Hits.Select(h => $"{h.Theme}:{themed.TextOf(h).ToLowerInvariant()}").ToHashSet();

            // "the development of relations", "green lanes" as ecology, a "bridge" of friendship, "power" as a state.
            Assert.DoesNotContain("development_poverty:development", coded);
            Assert.DoesNotContain(coded, c => c.StartsWith("environment_climate:", StringComparison.Ordinal));
            Assert.DoesNotContain(coded, c => c.EndsWith(":bridge", StringComparison.Ordinal));
            Assert.Contains("connectivity:green lanes", coded);
        }
    }

    public class UserLexicon
    {
        // Globs (vaccin*, "Central Asia*"), a three-word phrase, hyphenated patterns, and a word that is also a hyphen part.
        private const string Yaml = """
            health:
              - vaccin*
              - pandemic
              - COVID-19
            belt: [Belt and Road]
            exchanges: [people-to-people]
            region: ["Central Asia*"]
            people: [people]
            """;

        [Theory]
        // vaccines x3 + vaccine; anti-pandemic x2 + the pandemic; COVID-19 (not "COVID vaccines"): sentences 34, 35, 52, 60.
        [InlineData("health", 8, 4)]
        [InlineData("belt", 3, 3)]
        [InlineData("exchanges", 2, 2)]
        // 27 "Central Asian", 6 "China-Central Asia", 3 "Central Asia", 1 "Central Asia-China", on 30 lines.
        [InlineData("region", 37, 30)]
        // 4 "people", 1 "people's", 2 x 2 in "people-to-people", on 7 lines ("peoples" is another word).
        [InlineData("people", 9, 7)]
        public void Given_the_seed_When_a_user_lexicon_is_counted_Then_the_counts_are_exact(string theme, int hits, int sentences)
        {
            var table = ThemeTable.Of([Seeds.LoadSeed()], Lexicon.Parse(Yaml));

            var row = Assert.Single(table, r => r.Theme == theme);
            Assert.Equal((hits, sentences, 1), (row.Hits, row.Sentences, row.Articles));
            Assert.Equal(hits * 1000.0 / SeedWords, row.PerThousandWords, 9);
        }
    }
}
