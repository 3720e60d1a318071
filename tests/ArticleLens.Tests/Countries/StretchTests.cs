using ArticleLens.Countries;
using CsCheck;

namespace ArticleLens.Tests.Countries;

/// <summary>
/// <see cref="CountryMatcher.Find(Article)"/> builds its match stream only around tokens that can start a gazetteer pattern.
/// Whatever the text, it must find exactly what matching every token finds (<see cref="CountryMatcher.Find(TokenizedArticle)"/>).
/// </summary>
public class StretchTests
{
    private static readonly string[] Fragments =
    [
        "China", "China's", "CHINA", "china", "People's", "People’s", "Peoples", "Republic", "of", "the", "U.S.", "U.S", "U.K.HSA", "US",
        "us", "US$", "$", "dollars", "yuan", "Central", "Asia", "Asian", "Asia-China", "China-Central", "countries", "five", "Kazakh",
        "Turkmen", "Turkish", "Hong", "Kong", "St.", "St", "Kitts", "and", "&", "Nevis", "G-20", "G7", "EU", "AU", "-", ",", ".", "(", ")",
        "’s", "’", "Côte", "d’Ivoire", "Cote", "Sao", "Tomé", "New", "Zealand", "Guinea-Bissau", "Guinea", "1,200", "5G", "50-year",
        "South", "Sea", "Korea", "Korean", "North", "DPRK", "Washington", "D.C.", "Lao", "PDR", "Taiwan", "Strait", "United", "States",
        "Kingdom", "Arab", "Emirates", "Cooperation", "Council", "Beijing", "Mexico", "City", "Mr.", "Dr", "x", "\n", "\n", "  ",
    ];

    private static readonly Gen<string> Sentence = Gen.Int[0, Fragments.Length - 1].Array[1, 12]
        .Select(picks => string.Join(" ", picks.Select(i => Fragments[i])));

    private static readonly Gen<string> Body = Sentence.Array[1, 6].Select(lines => string.Join("\n", lines));

    [Fact]
    public void Given_any_text_made_of_country_forms_When_matched_in_stretches_Then_it_equals_matching_every_token()
    {
        // One matcher each, reused across samples as the CLI reuses it across articles (matchers are not thread-safe: one thread).
        var fast = new CountryMatcher(options: CountryOptions.WithCapitals);
        var full = new CountryMatcher(options: CountryOptions.WithCapitals);
        Body.Sample(body =>
        {
            var article = Corpus.FromText($"Article Number: 1\nChina: Title\n{body}\n", "generated").Single();
            Assert.Equal(full.Find(article.Tokenize()).Select(m => m.ToString()), fast.Find(article).Select(m => m.ToString()));
        }, iter: 3_000, threads: 1);
    }

    [Fact]
    public void Given_the_seed_When_matched_in_stretches_Then_it_equals_matching_every_token()
    {
        var article = Seeds.LoadSeed();
        var matcher = new CountryMatcher(options: CountryOptions.WithCapitals);
        Assert.Equal(matcher.Find(article.Tokenize()).Select(m => m.ToString()), matcher.Find(article).Select(m => m.ToString()));
    }

    [Fact]
    public void Given_words_broken_by_soft_or_OCR_hyphens_When_matched_Then_the_whole_article_is_tokenized_and_they_count() =>
        Assert.Equal(["ARG", "NAM"], new CountryMatcher().Find(CountryText.Article("Argen¬tina and Nami\u00ADbia agreed.")).Select(m => m.Iso3));
}
