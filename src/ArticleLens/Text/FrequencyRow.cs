namespace ArticleLens.Text;

/// <summary>One feature of a frequency table (a normalised word or n-gram).</summary>
/// <param name="Feature">The normalised form.</param>
/// <param name="Frequency">Occurrences in the corpus.</param>
/// <param name="Rank">1-based rank by frequency (ties share the better rank).</param>
/// <param name="Articles">Number of articles the feature occurs in.</param>
public sealed record FrequencyRow(string Feature, int Frequency, int Rank, int Articles);
