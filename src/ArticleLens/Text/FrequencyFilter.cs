namespace ArticleLens.Text;

/// <summary>Which tokens a frequency table counts.</summary>
public enum FrequencyFilter
{
    /// <summary>Words and numbers.</summary>
    Words,
    /// <summary>Words and numbers that are not English stop words.</summary>
    ContentWords,
    /// <summary>Every token, punctuation and symbols included.</summary>
    AllTokens,
}
