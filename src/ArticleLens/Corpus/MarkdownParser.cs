using System.Text;

namespace ArticleLens;

/// <summary>
/// Reads a Markdown article: YAML front matter gives the title, the date and metadata; else the first <c># heading</c>
/// is the title (else the file name). The body's sentences come from its paragraphs, list items and headings;
/// bullets, numbers and emphasis stay in the text (offsets are exact) but outside sentences and tokens.
/// </summary>
internal static class MarkdownParser
{
    private static readonly string[] DateFields = ["date", "published", "published_time", "publish_date", "pubdate", "created"];

    public static Article Parse(ArticleBlock block, List<TextLine> lines, string path, string fallbackId, ICollection<LoadProblem> problems)
    {
        var text = block.Text;
        var front = FrontMatter.Read(text, lines, block.Line, (line, reason) => problems.Add(new LoadProblem(path, line, reason)));
        var fields = front?.Fields ?? new Dictionary<string, string>();
        var body = front?.BodyLine ?? 0;

        string? title = fields.TryGetValue("title", out var given) && !string.IsNullOrWhiteSpace(given) ? CollapseSpace(given) : null;
        var first = ArticleParser.NextNonBlank(text, lines, body, 1);
        if (title is null && first >= 0 && LineLabel.Of(lines[first].Trimmed(text).In(text)) is { Kind: LabelKind.Heading } heading)
        {
            var line = lines[first].Trimmed(text);
            title = CollapseSpace(text[(line.Start + heading.Length)..line.End].Trim('#', ' ', '*'));
            body = first + 1;
        }

        var sentences = new List<Sentence>();
        SentenceLayout.Split(text, lines, body, lines.Count, BodyLayout.Markdown, sentences);
        return new Article
        {
            Id = fallbackId,
            Title = title ?? Path.GetFileNameWithoutExtension(path),
            Source = fields.TryGetValue("source", out var source) && source.Length > 0 ? source : null,
            Date = DateOf(fields, block, lines, body, path, problems) ?? ArticleDates.FromFileName(path),
            Path = path,
            Text = text,
            Offset = block.Offset,
            Line = block.Line,
            Sentences = sentences,
            Metadata = fields,
        };
    }

    private static DateOnly? DateOf(IReadOnlyDictionary<string, string> fields, ArticleBlock block, List<TextLine> lines, int body,
        string path, ICollection<LoadProblem> problems)
    {
        foreach (var name in DateFields)
        {
            if (!fields.TryGetValue(name, out var value) || string.IsNullOrWhiteSpace(value)) continue;
            if (ArticleDates.TryParse(value, out var date)) return date;
            var line = lines.Take(body).ToList().FindIndex(l => l.In(block.Text).TrimStart().StartsWith(name + ":", StringComparison.OrdinalIgnoreCase));
            problems.Add(new LoadProblem(path, block.Line + Math.Max(line, 0),
                $"the front matter's {name} '{value}' is not a date (use 2021-06-13); the article is loaded without it"));
            return null;
        }
        return null;
    }

    /// <summary>Runs of space, line breaks and no-break spaces become one space: titles are for display.</summary>
    internal static string CollapseSpace(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.AsSpan().Trim())
        {
            if (!char.IsWhiteSpace(c)) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
        }
        return builder.ToString();
    }
}
