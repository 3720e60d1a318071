using ArticleLens.Countries;

namespace ArticleLens.Tests.Countries;

public class CountryCooccurrenceTests
{
    private static CountryCooccurrence Of(string sentences) => CountryCooccurrence.Of(CountryText.Mentions(sentences).Where(m => !m.IsGroup));

    [Fact]
    public void Given_countries_named_together_When_paired_Then_each_sentence_counts_once_per_pair()
    {
        var pairs = Of("China and Kazakhstan met; China spoke twice.\nChina, Kazakhstan and Uzbekistan agreed.\nUzbekistan alone.");

        Assert.Equal(["CHN+KAZ 2", "CHN+UZB 1", "KAZ+UZB 1"], pairs.Select(p => $"{p.Iso3A}+{p.Iso3B} {p.Sentences}"));
        Assert.Equal(2, pairs.Sentences("KAZ", "CHN"));
        Assert.Equal(0, pairs.Sentences("CHN", "CHN"));
        Assert.Equal(2, pairs.SentenceCount);
        Assert.Equal("3 pairs of 3 countries or groups named together in 2 sentences", pairs.ToString());
    }

    [Fact]
    public void Given_pairs_When_laid_out_as_a_matrix_Then_it_is_symmetric_with_a_zero_diagonal()
    {
        var pairs = Of("China and Kazakhstan met.\nChina, Kazakhstan and Uzbekistan agreed.");
        var codes = pairs.Entries.Select(e => e.Code).ToList();

        Assert.Equal(["CHN", "KAZ", "UZB"], codes);
        Assert.Equal([[0, 2, 1], [2, 0, 1], [1, 1, 0]], pairs.Matrix(codes));
    }

    [Fact]
    public void Given_one_country_per_sentence_When_paired_Then_there_are_no_pairs() =>
        Assert.Empty(Of("China spoke.\nKazakhstan spoke."));
}
