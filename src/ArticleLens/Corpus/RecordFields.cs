namespace ArticleLens;

/// <summary>What a CSV or JSON Lines record says about its article.</summary>
/// <param name="Text">The article text.</param>
/// <param name="Offset">UTF-16 offset of <paramref name="Text"/> in the file's decoded text.</param>
/// <param name="Line">1-based line where the text starts.</param>
/// <param name="RecordLine">1-based line where the record starts (for problems).</param>
/// <param name="Row">1-based number of the record among the file's records.</param>
/// <param name="Id">The id column's value, if any.</param>
/// <param name="Title">The title column's value, if any.</param>
/// <param name="Date">The date column's value, if any.</param>
/// <param name="Metadata">Every other column.</param>
internal sealed record RecordFields(string Text, int Offset, int Line, int RecordLine, int Row, string? Id, string? Title, string? Date,
    IReadOnlyDictionary<string, string> Metadata);
