using System.Globalization;
using System.Text.RegularExpressions;

namespace ArticleLens;

/// <summary>
/// Turns an article block into an <see cref="Article"/>. Seed format: <c>Article Number: N</c>, a title line
/// (optionally <c>Country: </c> prefixed), one sentence per line, optionally a closing <c>(Source)</c> line.
/// Plain text: the first non-blank line is the title, each further non-blank line a sentence.
/// </summary>
internal static partial class ArticleParser
{
    [ThreadStatic]
    private static List<TextLine>? Lines;

    public static Article Parse(ArticleBlock block, string path, string fallbackId, ICollection<LoadProblem> problems)
    {
        var text = block.Text;
        var lines = Lines ??= new List<TextLine>(128);
        lines.Clear();
        TextLine.AddLines(text, lines, nonBlankTrimmed: true);
        var next = 0;
        int? number = null;
        if (block.HasHeader && lines.Count > 0)
        {
            number = ParseNumber(lines[0], block, path, problems);
            next = 1;
        }

        var title = next < lines.Count ? lines[next++].In(text).ToString() : "";
        var (countryTag, bareTitle) = SplitCountryTag(title);

        string? source = null;
        var last = lines.Count - 1;
        if (block.HasHeader && last >= next && IsSourceLine(lines[last].In(text)))
        {
            source = lines[last].In(text)[1..^1].Trim().ToString();
            last--;
        }

        var sentences = new List<Sentence>(Math.Max(0, last - next + 1));
        for (var i = next; i <= last; i++)
            sentences.Add(new Sentence(sentences.Count + 1, lines[i].Start, lines[i].Length));

        return new Article
        {
            Id = number?.ToString(CultureInfo.InvariantCulture) ?? fallbackId,
            Number = number,
            Title = bareTitle,
            CountryTag = countryTag,
            Source = source,
            Path = path,
            Text = text,
            Offset = block.Offset,
            Line = block.Line,
            Sentences = sentences,
        };
    }

    private static int? ParseNumber(TextLine header, ArticleBlock block, string path, ICollection<LoadProblem> problems)
    {
        var value = header.In(block.Text).TrimStart()[ArticleBlockReader.Header.Length..].Trim();
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return number;
        problems.Add(new LoadProblem(path, block.Line + header.Number,
            $"the article number '{value}' is not a whole number; the article is loaded without one"));
        return null;
    }

    /// <summary>"China: Xi Jinping ..." gives ("China", "Xi Jinping ..."): a tag of one to three capitalised words.</summary>
    internal static (string? Tag, string Title) SplitCountryTag(string title)
    {
        var match = CountryTagPattern().Match(title);
        return match.Success ? (match.Groups[1].Value, match.Groups[2].Value) : (null, title);
    }

    private static bool IsSourceLine(ReadOnlySpan<char> line) =>
        line.Length > 2 && line[0] == '(' && line[^1] == ')' && line[1..^1].IndexOfAny('(', ')') < 0;

    [GeneratedRegex(@"^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}): +(\S.*)$")]
    private static partial Regex CountryTagPattern();
}
