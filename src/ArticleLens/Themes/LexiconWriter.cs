using System.Text;

namespace ArticleLens.Themes;

/// <summary>Writes themes as YAML in quanteda's dictionary shape, nesting by path, scopes as comments above their keys.</summary>
internal static class LexiconWriter
{
    public static string Write(IReadOnlyList<Theme> themes, IReadOnlyDictionary<string, string?> containerScopes)
    {
        var yaml = new StringBuilder();
        var open = new List<string>();
        foreach (var theme in themes)
        {
            var common = 0;
            while (common < open.Count && common < theme.Path.Count - 1 && open[common] == theme.Path[common]) common++;
            open.RemoveRange(common, open.Count - common);
            for (var level = common; level < theme.Path.Count - 1; level++)
            {
                var name = string.Join('.', theme.Path.Take(level + 1));
                Comment(yaml, level, containerScopes.GetValueOrDefault(name));
                yaml.Append(' ', 2 * level).Append(Quote(theme.Path[level])).Append(":\n");
                open.Add(theme.Path[level]);
            }
            var depth = theme.Path.Count - 1;
            Comment(yaml, depth, theme.Scope);
            yaml.Append(' ', 2 * depth).Append(Quote(theme.Path[^1])).Append(":\n");
            foreach (var pattern in theme.Patterns)
                yaml.Append(' ', 2 * depth + 2).Append("- ").Append(Quote(pattern.Text)).Append('\n');
        }
        return yaml.ToString();
    }

    private static void Comment(StringBuilder yaml, int level, string? scope)
    {
        if (scope is null) return;
        yaml.Append(' ', 2 * level).Append("# ").Append(scope.ReplaceLineEndings(" ")).Append('\n');
    }

    /// <summary>Double-quotes a scalar unless it is plain words (so <c>*ism</c>, <c>yes</c> or <c>a: b</c> read back as text).</summary>
    private static string Quote(string text)
    {
        var plain = text.Length > 0 && char.IsLetterOrDigit(text[0]) && text.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '*' or '?' or '\'' or '.')
                    && !text.EndsWith(' ') && !IsYamlKeyword(text);
        return plain ? text : "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }

    private static bool IsYamlKeyword(string text) =>
        text.ToLowerInvariant() is "yes" or "no" or "true" or "false" or "on" or "off" or "null" or "y" or "n";
}
