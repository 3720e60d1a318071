namespace ArticleLens;

/// <summary>
/// One article: its metadata, its exact decoded text and the spans of its body sentences.
/// Every offset (sentences, tokens, hits) indexes <see cref="Text"/>; add <see cref="Offset"/> for the file's text.
/// </summary>
public sealed record Article
{
    /// <summary>Stable identifier: the article number when there is one, else the file name (with <c>#k</c> for the k-th article of a file).</summary>
    public required string Id { get; init; }

    /// <summary>The <c>Article Number:</c> of the header, when present and numeric.</summary>
    public int? Number { get; init; }

    /// <summary>The title, without its country tag.</summary>
    public required string Title { get; init; }

    /// <summary>The <c>China:</c> prefix of the title, without the colon, when present.</summary>
    public string? CountryTag { get; init; }

    /// <summary>The closing <c>(Source)</c> line, without parentheses, when present.</summary>
    public string? Source { get; init; }

    /// <summary>Publication date, when the source gives one.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The file the article came from.</summary>
    public required string Path { get; init; }

    /// <summary>
    /// The article's decoded text, exactly as in the file (line endings kept, BOM removed). For a CSV record it is the text
    /// field as written (inside its quotes, doubled quotes kept); for JSON Lines the unescaped string value.
    /// </summary>
    public required string Text { get; init; }

    /// <summary>
    /// UTF-16 offset of <see cref="Text"/> in the decoded text of its file (non-zero when a file holds many articles).
    /// Exact for every format except a JSON Lines string written with escapes (<c>\n</c>, <c>\u2019</c>): offsets then count from the value's start in the unescaped text.
    /// </summary>
    public int Offset { get; init; }

    /// <summary>1-based line of the file where the article starts.</summary>
    public int Line { get; init; } = 1;

    /// <summary>The body's sentences, in order.</summary>
    public required IReadOnlyList<Sentence> Sentences { get; init; }

    /// <summary>Other metadata the source carried: YAML front matter fields, the other CSV columns or JSON properties.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = NoMetadata;

    private static readonly IReadOnlyDictionary<string, string> NoMetadata = new Dictionary<string, string>();

    /// <summary>The text of a sentence.</summary>
    public ReadOnlySpan<char> SentenceText(Sentence sentence) => Text.AsSpan(sentence.Start, sentence.Length);

    /// <summary>The text of the sentence with 1-based index <paramref name="index"/>.</summary>
    public string SentenceText(int index) => SentenceText(Sentences[index - 1]).ToString();

    /// <summary>The 1-based line of the file that holds <paramref name="offset"/> (an offset into <see cref="Text"/>).</summary>
    public int LineOf(int offset) => Line + LineCounter.CountBreaks(Text.AsSpan(0, offset));

    /// <summary>One line: "Article 599 (China): Xi Jinping Chairs ... — 63 sentences".</summary>
    public override string ToString() =>
        $"Article {Id}{(CountryTag is null ? "" : $" ({CountryTag})")}: {Title} ({Sentences.Count} sentences)";
}
