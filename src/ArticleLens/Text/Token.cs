namespace ArticleLens.Text;

/// <summary>
/// One token: its kind and exact place in the article's text (<c>text[Start..End]</c> is the token).
/// Tokens hold no strings; ask the <see cref="TokenizedArticle"/> for text or normalised form.
/// </summary>
/// <param name="Kind">What the token is made of.</param>
/// <param name="Start">UTF-16 offset of the first character in the article's text.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="Sentence">1-based sentence index in the article body.</param>
/// <param name="Flags">Shape details noticed while scanning.</param>
/// <param name="NumericValue">Parsed value of a <see cref="TokenKind.Number"/> token, else NaN.</param>
public readonly record struct Token(TokenKind Kind, int Start, int Length, int Sentence, TokenFlags Flags, double NumericValue)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The parsed number, or null when the token is not a number.</summary>
    public double? Value => double.IsNaN(NumericValue) ? null : NumericValue;

    /// <summary>True for words and numbers, the tokens that count as words.</summary>
    public bool IsWordLike => Kind is TokenKind.Word or TokenKind.Number;

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
}
