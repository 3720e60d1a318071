using System.Text;

namespace ArticleLens;

/// <summary>How a corpus is read.</summary>
public sealed record CorpusOptions
{
    /// <summary>The defaults: UTF-8 (or the encoding a BOM names), problems collected, not thrown.</summary>
    public static CorpusOptions Default { get; } = new();

    /// <summary>Encoding of files without a BOM; null means strict UTF-8.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>When true, enumerating throws a <see cref="CorpusLoadException"/> listing every problem once the corpus has been read.</summary>
    public bool Strict { get; init; }
}
