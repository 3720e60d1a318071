using System.Collections;
using ArticleLens.Text;

namespace ArticleLens.Themes;

/// <summary>
/// Themes and the patterns that signal them, read from YAML in quanteda's dictionary shape
/// (<c>theme: [pattern, ...]</c>, nested themes allowed). Patterns are case-insensitive, with <c>*</c> globs,
/// multi-word phrases and hyphenated forms matching their parts, as everywhere in the library.
/// </summary>
public sealed class Lexicon : IReadOnlyList<Theme>
{
    private const string DefaultResource = "ArticleLens.Data.default-lexicon.yml";
    private static readonly Lazy<string> DefaultYaml = new(ReadDefaultYaml);
    private static readonly Lazy<Lexicon> DefaultLexicon = new(() => Parse(DefaultYaml.Value, "default"));

    private readonly List<Theme> _themes;
    private readonly IReadOnlyDictionary<string, string?> _containerScopes;

    private Lexicon(List<Theme> themes, IReadOnlyDictionary<string, string?> containerScopes, string source)
    {
        _themes = themes;
        _containerScopes = containerScopes;
        Source = source;
    }

    /// <summary>The lexicon shipped with the library: themes of diplomatic text, aligned with the Comparative Agendas Project where they fit.</summary>
    public static Lexicon Default => DefaultLexicon.Value;

    /// <summary>The default lexicon's YAML, comments included: a starting point to copy and edit.</summary>
    public static string DefaultText => DefaultYaml.Value;

    /// <summary>A lexicon with no themes, to build one in code with <see cref="With"/>.</summary>
    public static Lexicon Empty { get; } = new([], new Dictionary<string, string?>(), "empty");

    /// <summary>Where the lexicon came from: a file path, "default", or the name given to <see cref="Parse"/>.</summary>
    public string Source { get; }

    /// <summary>Number of themes (nested themes count one each; keys that only group others do not).</summary>
    public int Count => _themes.Count;

    /// <summary>Number of patterns over all themes.</summary>
    public int PatternCount => _themes.Sum(t => t.Patterns.Count);

    /// <inheritdoc/>
    public Theme this[int index] => _themes[index];

    /// <summary>The theme named <paramref name="name"/>; throws <see cref="KeyNotFoundException"/> naming the known themes.</summary>
    public Theme this[string name] => _themes.Find(t => t.Name == name)
        ?? throw new KeyNotFoundException($"No theme '{name}' in the lexicon; its themes are {string.Join(", ", _themes.Select(t => t.Name))}.");

    /// <summary>Reads a lexicon file; a malformed file throws <see cref="LexiconException"/> naming the file and line.</summary>
    public static Lexicon Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path)) throw new LexiconException(path, 0, "no such lexicon file");
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads a lexicon from YAML text; <paramref name="source"/> names it in error messages.</summary>
    public static Lexicon Parse(string yaml, string source = "lexicon")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(source);
        var (themes, containers) = LexiconReader.Read(yaml, source);
        return new Lexicon(themes, containers, source);
    }

    /// <summary>
    /// This lexicon with the theme <paramref name="name"/> added, or extended by <paramref name="patterns"/> when it exists.
    /// A dotted name (<c>health.vaccines</c>) makes a nested theme.
    /// </summary>
    public Lexicon With(string name, params string[] patterns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(patterns);
        if (patterns.Length == 0) throw new ArgumentException($"The theme '{name}' needs at least one pattern.", nameof(patterns));
        var parsed = patterns.Select(Pattern.Parse).ToList();
        var themes = new List<Theme>(_themes);
        var index = themes.FindIndex(t => t.Name == name);
        if (index >= 0)
            themes[index] = new Theme(themes[index].Path, [.. themes[index].Patterns, .. parsed], themes[index].Scope, themes[index].Line);
        else
            themes.Add(new Theme(name.Split('.'), parsed, null, 0));
        return new Lexicon(themes, _containerScopes, Source);
    }

    /// <summary>
    /// The lexicon with nested themes folded into their ancestors <paramref name="levels"/> deep (quanteda's <c>levels</c>):
    /// at level 1, <c>health.vaccines</c> and <c>health.pandemics</c> count as <c>health</c>.
    /// </summary>
    public Lexicon AtLevel(int levels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 1);
        var folded = _themes
            .GroupBy(t => string.Join('.', t.Path.Take(levels)))
            .Select(g =>
            {
                var path = g.First().Path.Take(levels).ToArray();
                var own = g.FirstOrDefault(t => t.Path.Count == path.Length);
                var scope = own?.Scope ?? _containerScopes.GetValueOrDefault(g.Key) ?? g.First().Scope;
                return new Theme(path, g.SelectMany(t => t.Patterns).ToList(), scope, own?.Line ?? g.Min(t => t.Line));
            })
            .ToList();
        return new Lexicon(folded, _containerScopes, Source);
    }

    /// <summary>The lexicon as YAML in quanteda's shape, each theme's scope as the comment above it.</summary>
    public string ToYaml() => LexiconWriter.Write(_themes, _containerScopes);

    /// <inheritdoc/>
    public IEnumerator<Theme> GetEnumerator() => _themes.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>One line: "Lexicon default: 17 themes, 236 patterns".</summary>
    public override string ToString() => $"Lexicon {Source}: {Count} theme{(Count == 1 ? "" : "s")}, {PatternCount} patterns";

    private static string ReadDefaultYaml()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"The resource {DefaultResource} is missing from {typeof(Lexicon).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
