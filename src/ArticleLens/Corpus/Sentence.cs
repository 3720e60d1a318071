namespace ArticleLens;

/// <summary>One sentence of an article body: its 1-based index and its span in the article's text.</summary>
/// <param name="Index">1-based position in the body (header, title and source line are not sentences).</param>
/// <param name="Start">UTF-16 offset of the first character in <see cref="Article.Text"/>.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
public readonly record struct Sentence(int Index, int Start, int Length)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;
}
