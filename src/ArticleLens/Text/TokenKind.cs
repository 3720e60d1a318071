namespace ArticleLens.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with digits, inner apostrophes, hyphens or abbreviation periods.</summary>
    Word,
    /// <summary>Digits with optional thousands separators, a decimal part or an ordinal suffix.</summary>
    Number,
    /// <summary>One punctuation mark (or a run of periods).</summary>
    Punctuation,
    /// <summary>Currency, math and other symbols, emoji.</summary>
    Symbol,
}
