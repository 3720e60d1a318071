using ArticleLens.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ArticleLens.Themes;

/// <summary>
/// Reads a lexicon in quanteda's YAML dictionary shape from parser events, so every problem is reported with its line.
/// A key maps to a list of patterns, a single pattern, or a mapping of nested themes; a list may also hold mappings of
/// nested themes. The comment lines right above a key (or after it on its line) are the theme's scope.
/// </summary>
internal sealed class LexiconReader
{
    private readonly string _source;
    private readonly IParser _parser;
    private readonly Scanner _scanner;
    private readonly List<Theme> _themes = [];
    private readonly Dictionary<string, string?> _containerScopes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private readonly List<Comment> _comments = [];

    private LexiconReader(string yaml, string source)
    {
        _source = source;
        _scanner = new Scanner(new StringReader(yaml), skipComments: false);
        _parser = new Parser(_scanner);
    }

    /// <summary>The themes of <paramref name="yaml"/>, and the scopes of keys that only hold nested themes.</summary>
    public static (List<Theme> Themes, Dictionary<string, string?> ContainerScopes) Read(string yaml, string source)
    {
        var reader = new LexiconReader(yaml, source);
        try
        {
            reader.ReadStream();
        }
        catch (YamlException e)
        {
            throw new LexiconException(source, (int)e.Start.Line, $"not valid YAML: {Describe(e)}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16 throws this for an unclosed flow collection instead of a YamlException.
            throw new LexiconException(source, (int)reader._scanner.CurrentPosition.Line,
                "not valid YAML: a '[' or '{' is not closed");
        }
        return (reader._themes, reader._containerScopes);
    }

    private void ReadStream()
    {
        Expect<StreamStart>();
        var document = Next();
        if (document is StreamEnd) throw Error(0, "the lexicon is empty: write one theme per key, e.g. 'health: [vaccin*, pandemic*]'");
        if (document is not DocumentStart) throw Error(Line(document), $"unexpected {document.GetType().Name}");
        var root = Next();
        if (root is Scalar { Value: "" } or DocumentEnd) throw Error(0, "the lexicon is empty: write one theme per key, e.g. 'health: [vaccin*, pandemic*]'");
        if (root is not MappingStart)
            throw Error(Line(root), "a lexicon is a mapping of theme names to patterns, e.g. 'health: [vaccin*, pandemic*]'");
        ReadThemes([]);
        Expect<DocumentEnd>();
        if (Next() is DocumentStart start) throw Error(Line(start), "a lexicon is one YAML document; remove the second '---'");
    }

    /// <summary>Reads keys up to the end of the current mapping, each a theme below <paramref name="parent"/>.</summary>
    private void ReadThemes(IReadOnlyList<string> parent)
    {
        while (Next() is var key && key is not MappingEnd)
        {
            if (key is not Scalar { Value: var name } scalar || string.IsNullOrWhiteSpace(name))
                throw Error(Line(key), "a theme name must be a non-empty text key, e.g. 'health:'");
            var scope = ScopeOf(scalar);
            string[] path = [.. parent, name.Trim()];
            var fullName = string.Join('.', path);
            if (_seen.TryGetValue(fullName, out var first))
                throw Error(Line(key), $"the theme '{fullName}' is defined twice (first at line {first})");
            _seen[fullName] = Line(key);
            ReadValue(path, scope, Line(key), _themes.Count);
        }
    }

    /// <summary>Reads a key's value; its theme goes at <paramref name="position"/>, before the themes nested in it.</summary>
    private void ReadValue(string[] path, string? scope, int line, int position)
    {
        var name = string.Join('.', path);
        var patterns = new List<Pattern>();
        var hasNested = false;
        var value = Next();
        var inline = InlineScope(line);
        scope ??= inline;
        switch (value)
        {
            case Scalar scalar when IsEmpty(scalar) || string.IsNullOrWhiteSpace(scalar.Value):
                break;
            case Scalar scalar:
                patterns.Add(ParsePattern(scalar));
                break;
            case MappingStart:
                hasNested = true;
                ReadThemes(path);
                break;
            case SequenceStart:
                while (Next() is var item && item is not SequenceEnd)
                {
                    switch (item)
                    {
                        case Scalar s when string.IsNullOrWhiteSpace(s.Value): throw Error(Line(item), $"an empty pattern in theme '{name}'");
                        case Scalar s: patterns.Add(ParsePattern(s)); break;
                        case MappingStart: hasNested = true; ReadThemes(path); break;
                        default: throw Unexpected(item, name);
                    }
                }
                break;
            default:
                throw Unexpected(value, name);
        }
        if (patterns.Count > 0)
            _themes.Insert(position, new Theme(path, Distinct(patterns), scope, line));
        else if (hasNested)
            _containerScopes[name] = scope;
        else
            throw Error(line, $"the theme '{name}' has no patterns: give a list, e.g. '{path[^1]}: [word, \"a phrase\", glob*]'");
    }

    private Pattern ParsePattern(Scalar scalar)
    {
        try
        {
            return Pattern.Parse(scalar.Value.Trim());
        }
        catch (ArgumentException)
        {
            throw Error(Line(scalar), $"the pattern '{scalar.Value}' has no words to match");
        }
    }

    private LexiconException Unexpected(ParsingEvent e, string theme) => e switch
    {
        AnchorAlias alias => Error(Line(e), $"'*{alias.Value}' in theme '{theme}' reads as a YAML alias: quote a pattern that starts with *, e.g. \"*{alias.Value}\""),
        SequenceStart => Error(Line(e), $"a list inside a list in theme '{theme}': write the patterns as one flat list"),
        _ => Error(Line(e), $"unexpected {e.GetType().Name} in theme '{theme}'"),
    };

    private static List<Pattern> Distinct(List<Pattern> patterns) =>
        patterns.DistinctBy(p => string.Join(' ', p.Terms.Select(t => t.Form))).ToList();

    private static bool IsEmpty(Scalar scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>The block comment lines that end on the line just above <paramref name="key"/>, joined into one text.</summary>
    private string? ScopeOf(Scalar key)
    {
        var lines = new List<string>();
        var expected = Line(key) - 1;
        for (var i = _comments.Count - 1; i >= 0 && !_comments[i].IsInline && Line(_comments[i]) == expected; i--, expected--)
            lines.Insert(0, _comments[i].Value.Trim());
        _comments.Clear();
        return lines.Count > 0 ? string.Join(' ', lines) : null;
    }

    /// <summary>A comment after the key on its own line (<c>health: # scope</c>), read before the value.</summary>
    private string? InlineScope(int line)
    {
        var index = _comments.FindIndex(c => c.IsInline && Line(c) == line);
        if (index < 0) return null;
        var inline = _comments[index];
        _comments.RemoveAt(index);
        return inline.Value.Trim();
    }

    /// <summary>The next event that is not a comment (comments are kept for <see cref="ScopeOf"/>); a stream end when there is none.</summary>
    private ParsingEvent Next()
    {
        while (_parser.MoveNext())
        {
            if (_parser.Current is Comment comment) { _comments.Add(comment); continue; }
            return _parser.Current!;
        }
        return new StreamEnd(); // a stream of comments only ends without its StreamEnd event
    }

    private void Expect<T>() where T : ParsingEvent
    {
        var e = Next();
        if (e is not T) throw Error(Line(e), $"unexpected {e.GetType().Name}");
    }

    private LexiconException Error(int line, string reason) => new(_source, line, reason);

    private static int Line(ParsingEvent e) => (int)e.Start.Line;

    private static string Describe(YamlException e)
    {
        var message = e.Message;
        var close = message.IndexOf(')');
        if (message.StartsWith('(') && close > 0) message = message[(close + 1)..].Trim();
        return message.TrimEnd('.');
    }
}
