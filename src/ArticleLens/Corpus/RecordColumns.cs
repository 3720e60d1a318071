namespace ArticleLens;

/// <summary>
/// Which CSV columns or JSON Lines properties hold a record's text and metadata. Names match case-insensitively;
/// only <see cref="Text"/> is required, the others are used when present. Every other column becomes metadata.
/// </summary>
/// <param name="Text">The article text.</param>
/// <param name="Id">A stable identifier (a whole number also becomes the article number).</param>
/// <param name="Title">The title.</param>
/// <param name="Date">The publication date (<c>2021-06-13</c>, <c>2021-06-13T09:29:05-04:00</c>, <c>June 13, 2021</c>).</param>
public sealed record RecordColumns(string Text = "text", string Id = "id", string Title = "title", string Date = "date")
{
    /// <summary><c>text</c>, <c>id</c>, <c>title</c>, <c>date</c>.</summary>
    public static RecordColumns Default { get; } = new();
}
