namespace ArticleLens.Themes;

/// <summary>One match of a theme's pattern: where it is and why it counted.</summary>
/// <param name="Article">Id of the article.</param>
/// <param name="Sentence">1-based sentence of the match.</param>
/// <param name="Start">UTF-16 offset of the match in the article's text.</param>
/// <param name="End">Offset just past the match.</param>
/// <param name="Theme">Name of the theme.</param>
/// <param name="Pattern">The lexicon pattern that matched, as written.</param>
/// <param name="Token">Index of the match's first token in the article, for positions through the text.</param>
public readonly record struct ThemeHit(string Article, int Sentence, int Start, int End, string Theme, string Pattern, int Token);
