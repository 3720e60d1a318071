using ArticleLens.Themes;

namespace ArticleLens.Tests.Themes;

public class LexiconTests
{
    private static string PatternsOf(Theme theme) => string.Join("|", theme.Patterns.Select(p => p.Text));

    public class Parse
    {
        [Fact]
        public void Given_flat_themes_in_block_and_flow_lists_When_parsed_Then_each_theme_keeps_its_patterns_in_order()
        {
            var lexicon = Lexicon.Parse("health:\n  - vaccin*\n  - pandemic\ntrade: [trade, invest*, \"Belt and Road\"]\n");

            Assert.Equal(["health", "trade"], lexicon.Select(t => t.Name));
            Assert.Equal("vaccin*|pandemic", PatternsOf(lexicon["health"]));
            Assert.Equal("trade|invest*|Belt and Road", PatternsOf(lexicon["trade"]));
            Assert.Equal(5, lexicon.PatternCount);
        }

        [Fact]
        public void Given_nested_themes_When_parsed_Then_names_join_keys_with_dots_as_in_quanteda()
        {
            var lexicon = Lexicon.Parse("health:\n  vaccines: [vaccin*]\n  pandemics:\n    - pandemic*\n    - covid*\nenergy: oil\n");

            Assert.Equal(["health.vaccines", "health.pandemics", "energy"], lexicon.Select(t => t.Name));
            Assert.Equal(["health", "pandemics"], lexicon["health.pandemics"].Path);
            Assert.Equal("oil", PatternsOf(lexicon["energy"]));
            Assert.True(lexicon["health.vaccines"].IsIn("health"));
            Assert.False(lexicon["health.vaccines"].IsIn("heal"));
        }

        [Fact]
        public void Given_a_list_mixing_patterns_and_nested_themes_When_parsed_Then_the_key_has_both()
        {
            var lexicon = Lexicon.Parse("health:\n  - health\n  - vaccines: [vaccin*]\n");

            Assert.Equal(["health", "health.vaccines"], lexicon.Select(t => t.Name));
            Assert.Equal("health", PatternsOf(lexicon["health"]));
        }

        [Fact]
        public void Given_comments_above_and_beside_keys_When_parsed_Then_they_are_the_scopes()
        {
            const string yaml = """
                # A header that is not a scope.

                # Health: vaccines,
                # pandemics.
                health:
                  - vaccin*   # not a scope
                trade: # Trade and markets.
                  - trade
                energy:
                  - oil
                """;

            var lexicon = Lexicon.Parse(yaml);

            Assert.Equal("Health: vaccines, pandemics.", lexicon["health"].Scope);
            Assert.Equal("Trade and markets.", lexicon["trade"].Scope);
            Assert.Null(lexicon["energy"].Scope);
            Assert.Equal(5, lexicon["health"].Line);
        }

        [Fact]
        public void Given_duplicate_patterns_in_a_theme_When_parsed_Then_they_count_once()
        {
            var lexicon = Lexicon.Parse("a: [Trade, trade, TRADE, Belt  and Road, belt and road]");

            Assert.Equal("Trade|Belt  and Road", PatternsOf(lexicon["a"]));
        }
    }

    public class Errors
    {
        [Theory]
        [InlineData("", 0, "empty")]
        [InlineData("# only a comment\n", 0, "empty")]
        [InlineData("- vaccin*\n- pandemic\n", 1, "mapping of theme names")]
        [InlineData("just text\n", 1, "mapping of theme names")]
        [InlineData("health:\n  - vaccin*\ntrade:\n", 3, "'trade' has no patterns")]
        [InlineData("health: []\n", 1, "'health' has no patterns")]
        [InlineData("health:\n  - vaccin*\nhealth: [x]\n", 3, "defined twice (first at line 1)")]
        [InlineData("a:\n  b: [x]\na.b: [y]\n", 3, "'a.b' is defined twice")]
        [InlineData("health: [vaccin*, [nested]]\n", 1, "a list inside a list")]
        [InlineData("health:\n  - *ism\n", 2, "quote a pattern that starts with *")]
        [InlineData("health:\n  - vaccin*\n  - '  '\n", 3, "an empty pattern")]
        [InlineData("health: '  '\n", 1, "'health' has no patterns")]
        [InlineData("health:\n  - vaccin*\n  - \"\"\n", 3, "an empty pattern")]
        [InlineData("health: [vaccin*, pandemic\ntrade: [x]\n", 2, "not closed")]
        [InlineData("health:\n  - x\n - y\n", 3, "not valid YAML")]
        [InlineData("health:\n\t- x\n", 1, "not valid YAML")]
        [InlineData("health: \"x\n", 1, "not valid YAML")]
        [InlineData("? [a, b]\n: [x]\n", 1, "non-empty text key")]
        [InlineData("a: [x]\n---\nb: [y]\n", 2, "one YAML document")]
        public void Given_a_malformed_lexicon_When_parsed_Then_the_error_names_the_file_and_line(string yaml, int line, string reason)
        {
            var error = Assert.Throws<LexiconException>(() => Lexicon.Parse(yaml, "my.yml"));

            Assert.Equal(line, error.Line);
            Assert.Contains(reason, error.Reason);
            Assert.StartsWith(line > 0 ? $"my.yml:{line}: " : "my.yml: ", error.Message);
        }

        [Fact]
        public void Given_a_missing_file_When_loaded_Then_the_error_names_it()
        {
            var error = Assert.Throws<LexiconException>(() => Lexicon.Load("/no/such/lexicon.yml"));

            Assert.Equal("/no/such/lexicon.yml: no such lexicon file", error.Message);
        }

        [Fact]
        public void Given_a_file_with_an_error_When_loaded_Then_the_message_uses_its_path()
        {
            using var folder = new TempFolder();
            var path = folder.Write("bad.yml", "ok: [x]\nbroken:\n");

            var error = Assert.Throws<LexiconException>(() => Lexicon.Load(path));

            Assert.Equal($"{path}:2: the theme 'broken' has no patterns: give a list, e.g. 'broken: [word, \"a phrase\", glob*]'", error.Message);
        }
    }

    public class Default
    {
        [Fact]
        public void Given_the_default_lexicon_Then_it_has_at_least_ten_themes_each_with_a_scope()
        {
            var lexicon = Lexicon.Default;

            Assert.True(lexicon.Count >= 10, lexicon.ToString());
            Assert.All(lexicon, theme => Assert.False(string.IsNullOrWhiteSpace(theme.Scope), theme.Name));
            Assert.Contains(lexicon, t => t.Name == "health");
            Assert.Equal("default", lexicon.Source);
        }

        [Fact]
        public void Given_the_default_text_When_parsed_again_Then_it_is_the_default_lexicon()
        {
            var again = Lexicon.Parse(Lexicon.DefaultText);

            Assert.Equal(Lexicon.Default.Select(t => (t.Name, PatternsOf(t), t.Scope)), again.Select(t => (t.Name, PatternsOf(t), t.Scope)));
        }
    }

    public class ToYaml
    {
        [Fact]
        public void Given_a_lexicon_with_nesting_scopes_and_awkward_patterns_When_written_and_read_Then_nothing_is_lost()
        {
            const string yaml = "# Health.\nhealth:\n  # Vaccines.\n  vaccines: [vaccin*]\n  pandemics: [pandemic*]\n"
                + "odd: [\"*ism\", \"yes\", \"a: b\", \"people-to-people\", \"China's\"]\n";
            var lexicon = Lexicon.Parse(yaml);

            var again = Lexicon.Parse(lexicon.ToYaml());

            Assert.Equal(lexicon.Select(t => (t.Name, PatternsOf(t), t.Scope)), again.Select(t => (t.Name, PatternsOf(t), t.Scope)));
            Assert.Equal("Health.", again.AtLevel(1)["health"].Scope);
        }

        [Fact]
        public void Given_the_default_lexicon_When_written_and_read_Then_themes_patterns_and_scopes_survive()
        {
            var again = Lexicon.Parse(Lexicon.Default.ToYaml());

            Assert.Equal(Lexicon.Default.Select(t => (t.Name, PatternsOf(t), t.Scope)), again.Select(t => (t.Name, PatternsOf(t), t.Scope)));
        }
    }

    public class With
    {
        [Fact]
        public void Given_a_new_theme_When_added_Then_the_original_is_unchanged()
        {
            var lexicon = Lexicon.Parse("a: [x]");

            var more = lexicon.With("b", "y*", "z w");

            Assert.Single(lexicon);
            Assert.Equal(["a", "b"], more.Select(t => t.Name));
            Assert.Equal("y*|z w", PatternsOf(more["b"]));
        }

        [Fact]
        public void Given_an_existing_theme_When_added_to_Then_its_patterns_are_extended()
        {
            var more = Lexicon.Parse("# Scope.\na: [x]").With("a", "y");

            Assert.Equal("x|y", PatternsOf(Assert.Single(more)));
            Assert.Equal("Scope.", more["a"].Scope);
        }

        [Fact]
        public void Given_no_patterns_When_added_Then_it_throws()
        {
            Assert.Throws<ArgumentException>(() => Lexicon.Empty.With("a"));
            Assert.Throws<ArgumentException>(() => Lexicon.Empty.With("a", " "));
        }
    }

    public class AtLevel
    {
        [Fact]
        public void Given_nested_themes_When_folded_to_level_one_Then_patterns_join_under_the_top_key()
        {
            var lexicon = Lexicon.Parse("# All health.\nhealth:\n  vaccines: [vaccin*]\n  pandemics: [pandemic*]\nenergy: [oil]\n");

            var top = lexicon.AtLevel(1);

            Assert.Equal(["health", "energy"], top.Select(t => t.Name));
            Assert.Equal("vaccin*|pandemic*", PatternsOf(top["health"]));
            Assert.Equal("All health.", top["health"].Scope);
        }

        [Fact]
        public void Given_an_unknown_theme_When_looked_up_Then_the_error_lists_the_themes()
        {
            var error = Assert.Throws<KeyNotFoundException>(() => Lexicon.Parse("a: [x]\nb: [y]")["c"]);

            Assert.Contains("a, b", error.Message);
        }
    }
}
