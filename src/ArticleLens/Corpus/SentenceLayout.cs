using System.Runtime.CompilerServices;
using ArticleLens.Text;

namespace ArticleLens;

/// <summary>How the lines of a body relate to its sentences.</summary>
internal enum BodyLayout : byte
{
    /// <summary>The seed format: every line is one sentence (a line holding several is still split).</summary>
    SeedLines,
    /// <summary>Every line is a sentence or a paragraph (long lines, no hard wrap).</summary>
    Lines,
    /// <summary>Hard-wrapped text: lines are joined into paragraphs, blank lines and numbered paragraphs separate them.</summary>
    Paragraphs,
    /// <summary>Markdown: paragraphs, list items, headings and hard line breaks separate units.</summary>
    Markdown,
}

/// <summary>
/// Finds the sentences of a body: cuts it into units (lines, paragraphs, list items) by its <see cref="BodyLayout"/>,
/// skips labels such as bullets and paragraph numbers, then splits each unit with the <see cref="SentenceSplitter"/>.
/// A unit that stops mid-sentence and is followed by one starting in lower case is joined to it (page breaks in PDF text).
/// </summary>
internal static class SentenceLayout
{
    /// <summary>
    /// Lines when the lines inside paragraphs (those followed by another line) mostly end a sentence, Paragraphs
    /// (hard-wrapped) when most stop mid-sentence; in between, long lines mean Lines and short ones a wrapped text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per line: skip tier-0 and PGO instrumentation
    public static BodyLayout Detect(string text, List<TextLine> lines, int from, int to)
    {
        int inner = 0, ending = 0;
        long length = 0;
        for (var i = from; i + 1 < to; i++)
        {
            var line = lines[i].In(text).Trim();
            if (line.IsEmpty || lines[i + 1].In(text).IsWhiteSpace()) continue;
            inner++;
            length += line.Length;
            if (EndsSentence(line)) ending++;
        }
        if (inner == 0 || ending * 4 >= inner * 3) return BodyLayout.Lines;
        if (ending * 5 < inner * 2) return BodyLayout.Paragraphs;
        return length / inner > WrapWidth ? BodyLayout.Lines : BodyLayout.Paragraphs;
    }

    /// <summary>Hard-wrapped text rarely has lines longer than this on average.</summary>
    private const int WrapWidth = 100;

    /// <summary>Appends the sentences of lines [from..to) of <paramref name="text"/> to <paramref name="into"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per line: skip tier-0 and PGO instrumentation
    public static void Split(string text, List<TextLine> lines, int from, int to, BodyLayout layout, List<Sentence> into)
    {
        if (layout == BodyLayout.SeedLines)
        {
            SplitSeedLines(text, lines, from, to, into);
            return;
        }
        int unitStart = -1, unitEnd = -1;
        var previous = default(TextLine); // the last line of the open unit, trimmed
        bool blankBefore = false, hardBreak = false;
        for (var i = from; i < to; i++)
        {
            var trimmed = lines[i].Trimmed(text);
            var line = trimmed.In(text);
            if (line.IsEmpty)
            {
                blankBefore = true;
                continue;
            }
            var label = LineLabel.Of(line);
            var before = previous.In(text);
            var startsUnit = unitStart < 0 || layout switch
            {
                BodyLayout.Paragraphs => blankBefore || label.Kind != LabelKind.None && (EndsSentence(before) || line[0] == '\u2022'),
                BodyLayout.Markdown => blankBefore || hardBreak || label.Kind == LabelKind.Heading || LineLabel.Of(before).Kind == LabelKind.Heading
                                       || label.Kind is LabelKind.Bullet or LabelKind.Number && (!label.Escaped || EndsSentence(before)),
                _ => true,
            };
            if (startsUnit && unitStart >= 0 && layout is BodyLayout.Lines or BodyLayout.Paragraphs && JoinsPrevious(before, line, label))
                startsUnit = false;
            if (startsUnit)
            {
                if (unitStart >= 0) SentenceSplitter.Split(text, unitStart, unitEnd, into);
                unitStart = trimmed.Start + label.Length;
            }
            unitEnd = trimmed.End;
            previous = trimmed;
            blankBefore = false;
            hardBreak = layout == BodyLayout.Markdown && IsHardBreak(lines[i].In(text));
        }
        if (unitStart >= 0) SentenceSplitter.Split(text, unitStart, unitEnd, into);
    }

    /// <summary>The seed format's fast path: each line is a unit, nothing joins.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SplitSeedLines(string text, List<TextLine> lines, int from, int to, List<Sentence> into)
    {
        for (var i = from; i < to; i++)
        {
            var line = lines[i].Trimmed(text);
            var span = line.In(text);
            if (span.Length > 1 && char.IsAsciiLetterUpper(span[0]) && char.IsAsciiLetterLower(span[1])
                && !CharClass.IsMarkupStart(span[^1]) && span[..^1].IndexOfAny(SentenceSplitter.Terminals) < 0)
                into.Add(new Sentence(into.Count + 1, line.Start, line.Length)); // "We agree." : one sentence, no label, no markup
            else if (span.Length > 0)
                SentenceSplitter.Split(text, line.Start + LineLabel.Of(span).Length, line.End, into);
        }
    }

    /// <summary>A line that goes on with the sentence the previous line left open: "...we are" + "also embracing...".</summary>
    private static bool JoinsPrevious(ReadOnlySpan<char> previous, ReadOnlySpan<char> line, LineLabel label) =>
        !previous.IsEmpty && label.Kind == LabelKind.None && char.IsLower(line[0]) && !EndsSentence(previous);

    /// <summary>True when the trimmed line ends with . ! ? … : or ; (before closing quotes, brackets and emphasis).</summary>
    public static bool EndsSentence(ReadOnlySpan<char> line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '*' or '_' or '\u00BB') end--;
        return end > 0 && line[end - 1] is '.' or '!' or '?' or '\u2026' or ':' or ';';
    }

    private static bool IsHardBreak(ReadOnlySpan<char> raw) =>
        raw.EndsWith("  ") || raw.EndsWith("\\");
}
