using System.Collections;

namespace ArticleLens;

/// <summary>
/// A collection of articles read from files, folders or globs. Paths are checked when the corpus is made;
/// articles are read lazily, one file at a time, each time the corpus is enumerated. Files that cannot be read
/// become <see cref="Problems"/> and the rest loads (or, in strict mode, enumeration ends with a <see cref="CorpusLoadException"/>).
/// Formats: the seed format (<c>Article Number:</c> blocks, many per file), plain text (one sentence or paragraph per
/// line, or hard-wrapped), Markdown with YAML front matter (<c>.md</c>, or text opening with <c>---</c>), CSV/TSV and
/// JSON Lines with a text column (<see cref="CorpusOptions.Columns"/>).
/// </summary>
public sealed class Corpus : IEnumerable<Article>
{
    private readonly IReadOnlyList<LoadProblem> _pathProblems;
    private readonly List<LoadProblem> _readProblems = [];
    private readonly Func<IEnumerable<Article>>? _inline;

    private Corpus(IReadOnlyList<string> paths, IReadOnlyList<string> files, IReadOnlyList<LoadProblem> pathProblems,
        CorpusOptions options, Func<IEnumerable<Article>>? inline = null)
    {
        Paths = paths;
        Files = files;
        _pathProblems = pathProblems;
        Options = options;
        _inline = inline;
    }

    /// <summary>The path arguments the corpus was made from.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>The files those paths name, in reading order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>How files are read.</summary>
    public CorpusOptions Options { get; }

    /// <summary>Paths that named nothing, then every problem met by the last enumeration so far.</summary>
    public IReadOnlyList<LoadProblem> Problems => [.. _pathProblems, .. _readProblems];

    /// <summary>A corpus of the files, folders (recursive) and globs in <paramref name="paths"/>.</summary>
    public static Corpus Load(params string[] paths) => Load(paths, CorpusOptions.Default);

    /// <summary>A corpus of the files, folders (recursive) and globs in <paramref name="paths"/>, read with <paramref name="options"/>.</summary>
    public static Corpus Load(IEnumerable<string> paths, CorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var list = paths.ToList();
        if (list.Count == 0) throw new ArgumentException("Give at least one file, folder or glob.", nameof(paths));
        var (files, problems) = InputFiles.Expand(list);
        return new Corpus(list, files, problems, options);
    }

    /// <summary>
    /// A corpus made from text in memory, named <paramref name="name"/> in problems and rows. The name's extension picks
    /// the format as for a file (<c>notes.md</c> is Markdown, <c>rows.csv</c> CSV); otherwise the seed format or plain text.
    /// </summary>
    public static Corpus FromText(string text, string name = "text") => FromText(text, name, CorpusOptions.Default);

    /// <summary>A corpus made from text in memory, read with <paramref name="options"/> (see <see cref="FromText(string, string)"/>).</summary>
    public static Corpus FromText(string text, string name, CorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(options);
        Corpus? corpus = null;
        corpus = new Corpus([name], [name], [], options, () => ArticleSource.FromText(text, name, options, corpus!._readProblems));
        return corpus;
    }

    /// <summary>Reads the articles, one file at a time.</summary>
    public IEnumerator<Article> GetEnumerator()
    {
        _readProblems.Clear();
        var articles = _inline?.Invoke() ?? Files.SelectMany(file => ArticleSource.FromFile(file, Options, _readProblems));
        foreach (var article in articles)
            yield return article;
        if (Options.Strict && (_pathProblems.Count > 0 || _readProblems.Count > 0))
            throw new CorpusLoadException(Problems);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>One line: "Corpus of 1 file from seeds/".</summary>
    public override string ToString() =>
        $"Corpus of {Files.Count} file{(Files.Count == 1 ? "" : "s")} from {string.Join(", ", Paths)}";
}
