using System.Text;

namespace ArticleLens;

/// <summary>How a corpus is read.</summary>
public sealed record CorpusOptions
{
    /// <summary>The longest line read as text (2,097,152 characters); a longer line is reported and its article skipped.</summary>
    public const int DefaultMaxLineLength = 1 << 21;

    /// <summary>The defaults: UTF-8 (or the encoding a BOM names), problems collected, not thrown.</summary>
    public static CorpusOptions Default { get; } = new();

    /// <summary>Encoding of files without a BOM; null means strict UTF-8.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>When true, enumerating throws a <see cref="CorpusLoadException"/> listing every problem once the corpus has been read.</summary>
    public bool Strict { get; init; }

    /// <summary>The column (CSV) or property (JSON Lines) names that hold each record's text, id, title and date.</summary>
    public RecordColumns Columns { get; init; } = RecordColumns.Default;

    /// <summary>Lines longer than this many characters are not text (minified data, a dump): reported, and their article skipped.</summary>
    public int MaxLineLength
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxLineLength), value, "Give a positive length.");
    } = DefaultMaxLineLength;
}
