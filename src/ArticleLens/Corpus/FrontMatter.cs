using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ArticleLens;

/// <summary>
/// The YAML block between <c>---</c> lines at the top of a Markdown file. Every field becomes metadata
/// (sequences joined with <c>, </c>, nested mappings as <c>parent.child</c>); YAML escapes are resolved
/// (<c>"\_"</c> is a no-break space, <c>"\u2019"</c> a right quote) and folded lines joined.
/// </summary>
/// <param name="Fields">The fields in file order.</param>
/// <param name="BodyLine">Index (in the block's lines) of the first line after the closing <c>---</c>.</param>
internal sealed record FrontMatter(IReadOnlyDictionary<string, string> Fields, int BodyLine)
{
    /// <summary>True when the text opens with a <c>---</c> line that a later <c>---</c> or <c>...</c> line closes.</summary>
    public static bool Opens(string text, List<TextLine> lines) => Closing(text, lines) > 0;

    /// <summary>
    /// Reads the front matter of <paramref name="text"/>, or returns null when there is none. YAML that does not parse
    /// becomes a problem at its line, and the fields are then empty (the body still loads).
    /// </summary>
    public static FrontMatter? Read(string text, List<TextLine> lines, int firstLine, Action<int, string> problem)
    {
        var closing = Closing(text, lines);
        if (closing < 0) return null;
        var yaml = text[lines[1].Start..lines[closing].Start];
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            if (root is YamlMappingNode mapping) Flatten("", mapping, fields);
            else if (root is not null && !(root is YamlScalarNode { Value: null or "" }))
                problem(firstLine + 1, "the front matter is not a YAML mapping of fields (such as 'title: ...'); it is ignored");
        }
        catch (YamlException e)
        {
            problem(firstLine + (int)Math.Max(1, e.Start.Line), $"the front matter is not valid YAML ({Reason(e)}); it is ignored");
            fields.Clear();
        }
        return new FrontMatter(fields, closing + 1);
    }

    private static int Closing(string text, List<TextLine> lines)
    {
        if (lines.Count < 2 || !lines[0].In(text).TrimEnd().SequenceEqual("---")) return -1;
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i].In(text).TrimEnd();
            if (line.SequenceEqual("---") || line.SequenceEqual("...")) return i;
        }
        return -1;
    }

    private static void Flatten(string prefix, YamlMappingNode mapping, Dictionary<string, string> fields)
    {
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = prefix + (keyNode is YamlScalarNode { Value: { } k } ? k : keyNode.ToString());
            switch (valueNode)
            {
                case YamlMappingNode nested: Flatten(key + ".", nested, fields); break;
                case YamlSequenceNode list: fields[key] = string.Join(", ", list.Children.Select(Scalar)); break;
                default: fields[key] = Scalar(valueNode); break;
            }
        }
    }

    private static string Scalar(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value ?? "" : node.ToString();

    /// <summary>The parser's message without its "(Line: 3, Col: 5, Idx: 40) - (...): " prefix.</summary>
    private static string Reason(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var colon = message.IndexOf("): ", StringComparison.Ordinal);
        var reason = colon >= 0 && message.StartsWith('(') ? message[(colon + 3)..] : message;
        return reason.Length > 0 ? char.ToLowerInvariant(reason[0]) + reason[1..].TrimEnd('.') : "unreadable";
    }
}
