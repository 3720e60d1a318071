namespace ArticleLens.Text;

/// <summary>A keyword in context: the match and the words around it.</summary>
/// <param name="Article">Id of the article.</param>
/// <param name="Sentence">1-based sentence of the match.</param>
/// <param name="Left">Context before the match (up to the window's number of tokens).</param>
/// <param name="Match">The matched text as it stands.</param>
/// <param name="Right">Context after the match.</param>
/// <param name="Start">UTF-16 offset of the match in the article's text.</param>
/// <param name="End">Offset just past the match.</param>
/// <param name="Pattern">The pattern that matched.</param>
public sealed record KwicLine(string Article, int Sentence, string Left, string Match, string Right, int Start, int End, string Pattern)
{
    /// <summary>One line: "… left [match] right …".</summary>
    public override string ToString() => $"{Left} [{Match}] {Right}";
}
