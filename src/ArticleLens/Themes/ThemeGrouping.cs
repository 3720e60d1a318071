namespace ArticleLens.Themes;

/// <summary>What a <see cref="ThemeTable"/> row counts over.</summary>
public enum ThemeGrouping
{
    /// <summary>One row per theme over the whole corpus.</summary>
    Corpus,
    /// <summary>One row per theme and article.</summary>
    Article,
    /// <summary>One row per theme and sentence.</summary>
    Sentence,
}
