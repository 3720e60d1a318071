namespace ArticleLens.Text;

/// <summary>Shape details the tokenizer noticed while scanning a token.</summary>
[Flags]
public enum TokenFlags : byte
{
    /// <summary>Nothing special.</summary>
    None = 0,
    /// <summary>Joined by hyphens: <c>people-to-people</c>, <c>COVID-19</c>.</summary>
    Hyphenated = 1,
    /// <summary>Carries an inner apostrophe: <c>China's</c>, <c>can't</c>.</summary>
    Apostrophe = 2,
    /// <summary>An abbreviation ending in a period: <c>U.S.</c>, <c>Mr.</c>.</summary>
    Abbreviation = 4,
    /// <summary>A number with an ordinal suffix: <c>30th</c>.</summary>
    Ordinal = 8,
    /// <summary>Text the normaliser must rewrite (curly apostrophes, soft or OCR hyphens, separators, upper case...).</summary>
    NeedsNormalizing = 16,
}
