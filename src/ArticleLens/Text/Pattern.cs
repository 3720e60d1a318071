using System.Runtime.CompilerServices;

namespace ArticleLens.Text;

/// <summary>
/// A search pattern in the one vocabulary used everywhere (KWIC, lexicons, gazetteer): words separated by spaces,
/// case-insensitive, <c>*</c> and <c>?</c> globs within a word, hyphenated words matching their parts
/// (<c>people-to-people</c>), a possessive matching its base (<c>China's</c> is <c>China</c>).
/// </summary>
public sealed class Pattern
{
    private Pattern(string text, IReadOnlyList<PatternTerm> terms)
    {
        Text = text;
        Terms = terms;
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>The words to match, in order.</summary>
    public IReadOnlyList<PatternTerm> Terms { get; }

    /// <summary>Parses a case-insensitive pattern such as <c>Belt and Road</c>, <c>pledge*</c> or <c>people-to-people</c>.</summary>
    public static Pattern Parse(string text) => Parse(text, caseSensitive: false);

    /// <summary>Parses a pattern whose words must match case included (for short names that collide with words: <c>US</c>).</summary>
    public static Pattern CaseSensitive(string text) => Parse(text, caseSensitive: true);

    // Start-up code (patterns are parsed while matchers are built) is compiled without optimising: its loops would otherwise
    // be compiled fully optimised before their first run, and the CLI would wait about 30 ms longer for that (benchmarks/README.md).
    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static Pattern Parse(string text, bool caseSensitive)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var terms = new List<PatternTerm>();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.AsSpan().IndexOfAny('*', '?') >= 0)
            {
                foreach (var part in word.Split(['-', '\u2010', '\u2011', '\u2013'], StringSplitOptions.RemoveEmptyEntries))
                    terms.Add(new PatternTerm(TextNormalizer.Normalize(part), part.AsSpan().IndexOfAny('*', '?') >= 0, false));
                continue;
            }
            var vocabulary = new Vocabulary();
            var parts = new List<Term>();
            TermStream.Append(word, [.. Tokenizer.Tokenize(word)], vocabulary, parts);
            foreach (var part in parts)
            {
                var form = caseSensitive ? word[part.Start..part.End] : vocabulary[part.Id];
                terms.Add(new PatternTerm(form, false, caseSensitive));
            }
        }
        if (terms.Count == 0)
            throw new ArgumentException($"The pattern '{text}' has no words to match.", nameof(text));
        return new Pattern(text, terms);
    }

    /// <summary>The pattern as written.</summary>
    public override string ToString() => Text;
}
