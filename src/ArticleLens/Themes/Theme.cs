using ArticleLens.Text;

namespace ArticleLens.Themes;

/// <summary>One theme of a <see cref="Lexicon"/>: a name, the patterns that signal it and a note on what it covers.</summary>
public sealed class Theme
{
    internal Theme(IReadOnlyList<string> path, IReadOnlyList<Pattern> patterns, string? scope, int line)
    {
        Path = path;
        Name = string.Join('.', path);
        Patterns = patterns;
        Scope = scope;
        Line = line;
    }

    /// <summary>The theme's name; a nested theme is named after its parents as in quanteda (<c>health.vaccines</c>).</summary>
    public string Name { get; }

    /// <summary>The keys from the top level down to this theme (one key for a top-level theme).</summary>
    public IReadOnlyList<string> Path { get; }

    /// <summary>The patterns whose matches count for the theme (words, <c>*</c> globs, phrases, hyphenated forms).</summary>
    public IReadOnlyList<Pattern> Patterns { get; }

    /// <summary>What the theme covers and leaves out, as written in the comment above it; null when there is none.</summary>
    public string? Scope { get; }

    /// <summary>1-based line of the lexicon file where the theme is named (0 for a theme built in code).</summary>
    public int Line { get; }

    /// <summary>True when this theme is <paramref name="name"/> or nested below it (<c>health.vaccines</c> is in <c>health</c>).</summary>
    public bool IsIn(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Name == name || (Name.Length > name.Length && Name.StartsWith(name, StringComparison.Ordinal) && Name[name.Length] == '.');
    }

    /// <summary>One line: "health: 12 patterns (health, vaccin*, pandemic*, ...)".</summary>
    public override string ToString()
    {
        var shown = string.Join(", ", Patterns.Take(4).Select(p => p.Text));
        return $"{Name}: {Patterns.Count} pattern{(Patterns.Count == 1 ? "" : "s")} ({shown}{(Patterns.Count > 4 ? ", ..." : "")})";
    }
}
