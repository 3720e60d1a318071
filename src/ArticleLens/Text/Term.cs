namespace ArticleLens.Text;

/// <summary>
/// One unit of the match stream: a token, or a part of a hyphenated token, normalised for matching
/// (possessive <c>'s</c> dropped) and interned in a <see cref="Vocabulary"/>.
/// </summary>
/// <param name="Id">Vocabulary id of the matching form.</param>
/// <param name="Start">UTF-16 offset in the article's text.</param>
/// <param name="End">Offset just past the part (the possessive is outside the span).</param>
/// <param name="Token">Index of the token the part belongs to.</param>
/// <param name="Sentence">1-based sentence index.</param>
public readonly record struct Term(int Id, int Start, int End, int Token, int Sentence);
