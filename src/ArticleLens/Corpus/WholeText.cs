namespace ArticleLens;

/// <summary>A reader over text already in memory (a small file read whole): a block spanning all of it reuses the string.</summary>
internal sealed class WholeText : StringReader
{
    public WholeText(string text) : base(text) => Text = text;

    /// <summary>The whole text.</summary>
    public string Text { get; }
}
