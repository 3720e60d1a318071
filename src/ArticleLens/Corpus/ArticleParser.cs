using System.Globalization;
using System.Runtime.CompilerServices;

namespace ArticleLens;

/// <summary>
/// Turns an article block into an <see cref="Article"/>. Seed format: <c>Article Number: N</c>, a title line
/// (optionally <c>Country: </c> prefixed), one sentence per line, optionally a closing <c>(Source)</c> line.
/// Plain text: a title line when the first line looks like one (else the file name), an optional closing
/// <c>(Source)</c> line, and sentences found by <see cref="SentenceLayout"/> (one per line, or hard-wrapped paragraphs).
/// Markdown (by extension, or a file that opens with YAML front matter) goes to <see cref="MarkdownParser"/>.
/// </summary>
internal static class ArticleParser
{
    private const int MaxTitleLength = 250;

    [ThreadStatic]
    private static List<TextLine>? Lines; // reused: one list per reading thread, not one per article

    /// <summary>Words that open a speech's salutation rather than a title: "Mr. President, Excellencies".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Salutations =
        new HashSet<string>(["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Mdm", "Madam", "Madame", "Dear", "Your", "Excellency", "Excellencies",
            "Distinguished", "Honourable", "Honorable", "Ladies", "Sir", "Friends", "Colleagues"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per line: skip tier-0 and PGO instrumentation
    public static Article Parse(ArticleBlock block, string path, string fallbackId, ICollection<LoadProblem> problems)
    {
        var text = block.Text;
        var lines = Lines ??= new List<TextLine>(128);
        lines.Clear();
        TextLine.AddLines(text, lines, nonBlankTrimmed: false);
        if (!block.HasHeader && (FileFormats.Of(path) == FileFormat.Markdown || FrontMatter.Opens(text, lines)))
            return MarkdownParser.Parse(block, lines, path, fallbackId, problems);

        var first = NextNonBlank(text, lines, 0, 1);
        var last = NextNonBlank(text, lines, lines.Count - 1, -1);
        int? number = null;
        if (block.HasHeader && first >= 0)
        {
            number = ParseNumber(lines[first].Trimmed(text), block, path, problems);
            first = NextNonBlank(text, lines, first + 1, 1);
        }
        var layout = BodyLayout.SeedLines;
        var hasTitle = block.HasHeader && first >= 0;
        if (!block.HasHeader && first >= 0)
        {
            // The layout is judged without a title line, and the title judged by the layout.
            layout = SentenceLayout.Detect(text, lines, first + 1, last + 1);
            hasTitle = MayBeTitle(lines[first].Trimmed(text).In(text)) && IsTitle(text, lines, first, layout);
            if (!hasTitle) layout = SentenceLayout.Detect(text, lines, first, last + 1);
        }

        var title = "";
        if (hasTitle)
        {
            title = lines[first].Trimmed(text).In(text).ToString();
            first = first == last ? -1 : NextNonBlank(text, lines, first + 1, 1);
        }
        var (countryTag, bareTitle) = title.Length > 0 ? CountryTag.Split(title) : (null, Path.GetFileNameWithoutExtension(path));

        string? source = null;
        if (first >= 0 && last > first && IsSourceLine(lines[last].Trimmed(text).In(text)))
        {
            source = lines[last].Trimmed(text).In(text)[1..^1].Trim().ToString();
            last--;
        }

        var sentences = new List<Sentence>(first < 0 ? 0 : last - first + 1);
        if (first >= 0)
            SentenceLayout.Split(text, lines, first, last + 1, layout, sentences);

        return new Article
        {
            Id = number?.ToString(CultureInfo.InvariantCulture) ?? fallbackId,
            Number = number,
            Title = bareTitle,
            CountryTag = countryTag,
            Source = source,
            Date = ArticleDates.FromFileName(path),
            Path = path,
            Text = text,
            Offset = block.Offset,
            Line = block.Line,
            Sentences = sentences,
        };
    }

    /// <summary>Index of the first line at or after (step 1) or before (step -1) <paramref name="from"/> with text, or -1.</summary>
    internal static int NextNonBlank(string text, List<TextLine> lines, int from, int step)
    {
        for (var i = from; i >= 0 && i < lines.Count; i += step)
            if (!lines[i].In(text).IsWhiteSpace()) return i;
        return -1;
    }

    /// <summary>
    /// A plain text's first line, when it <see cref="MayBeTitle"/>, is its title if it stands alone before a blank line
    /// or, in a text of one sentence per line, is written in title case.
    /// </summary>
    private static bool IsTitle(string text, List<TextLine> lines, int index, BodyLayout layout)
    {
        var line = lines[index].Trimmed(text).In(text);
        var alone = index + 1 >= lines.Count || lines[index + 1].In(text).IsWhiteSpace();
        return alone || layout == BodyLayout.Lines && IsTitleCase(line);
    }

    /// <summary>Short, not ending like a sentence or a salutation (<c>. , ; : –</c>), not a list item, not opening with a form of address.</summary>
    private static bool MayBeTitle(ReadOnlySpan<char> line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] is '*' or '_' or ' ') end--;
        if (end == 0 || line.Length > MaxTitleLength || line[end - 1] is '.' or ',' or ';' or ':' or '-' or '\u2013' or '\u2014')
            return false;
        if (LineLabel.Of(line).Kind != LabelKind.None) return false;
        var firstWord = line.TrimStart("*_ ");
        var space = firstWord.IndexOfAny(' ', ',');
        return !Salutations.Contains(space < 0 ? firstWord : firstWord[..space]);
    }

    /// <summary>Most words of four letters or more start with a capital: "Xi Jinping Chairs the Virtual Summit".</summary>
    private static bool IsTitleCase(ReadOnlySpan<char> line)
    {
        int words = 0, capitalised = 0;
        foreach (var range in line.SplitAny(" \u00A0\t"))
        {
            var word = line[range].Trim("\"'\u201C\u201D(),:");
            if (word.Length < 4 || !char.IsLetter(word[0])) continue;
            words++;
            if (char.IsUpper(word[0])) capitalised++;
        }
        return words > 0 && capitalised * 10 >= words * 7;
    }

    private static int? ParseNumber(TextLine header, ArticleBlock block, string path, ICollection<LoadProblem> problems)
    {
        var value = header.In(block.Text)[ArticleBlockReader.Header.Length..].Trim();
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return number;
        problems.Add(new LoadProblem(path, block.Line + header.Number,
            value.IsEmpty ? "the 'Article Number:' header has no number; the article is loaded without one"
                : $"the article number '{Shorten(value)}' is not a whole number; the article is loaded without one"));
        return null;
    }

    private static string Shorten(ReadOnlySpan<char> value) => value.Length <= 40 ? value.ToString() : $"{value[..40]}…";

    private static bool IsSourceLine(ReadOnlySpan<char> line) =>
        line.Length > 2 && line[0] == '(' && line[^1] == ')' && line[1..^1].IndexOfAny('(', ')') < 0;
}
