using System.Runtime.CompilerServices;

namespace ArticleLens.Text;

/// <summary>A pattern found in a match stream.</summary>
/// <param name="FirstTerm">Index of the first matched term.</param>
/// <param name="TermCount">Number of terms matched.</param>
/// <param name="Start">UTF-16 offset of the match in the article's text.</param>
/// <param name="End">Offset just past the match.</param>
/// <param name="Value">What the pattern was registered with (a theme, a country...).</param>
/// <param name="Pattern">The pattern that matched.</param>
public readonly record struct PhraseMatch<T>(int FirstTerm, int TermCount, int Start, int End, T Value, Pattern Pattern);

/// <summary>
/// Finds many patterns at once in a match stream with a trie over vocabulary ids: one dictionary step per term,
/// globs resolved once per distinct form and cached. Phrases never cross a sentence boundary. Not thread-safe.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Node _root = new();
    private readonly Vocabulary _vocabulary;
    private Node[]?[] _rootChildren = new Node[]?[256];

    /// <summary>A matcher for <paramref name="entries"/>; terms it will see must be interned in <paramref name="vocabulary"/>.</summary>
    public PhraseMatcher(IEnumerable<(Pattern Pattern, T Value)> entries, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _vocabulary = vocabulary ?? throw new ArgumentNullException(nameof(vocabulary));
        foreach (var (pattern, value) in entries)
            Add(pattern, value);
    }

    /// <summary>The vocabulary the matcher's forms are interned in.</summary>
    public Vocabulary Vocabulary => _vocabulary;

    private void Add(Pattern pattern, T value)
    {
        var node = _root;
        foreach (var term in pattern.Terms)
            node = node.Child(term, _vocabulary);
        (node.Values ??= []).Add((value, pattern));
        Array.Clear(_rootChildren); // new root edges invalidate the cache
    }

    /// <summary>Adds every match starting at any term of <paramref name="terms"/> (overlaps included) to <paramref name="results"/>.</summary>
    public void FindAll(ReadOnlySpan<Term> terms, string text, List<PhraseMatch<T>> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        for (var i = 0; i < terms.Length; i++)
        {
            foreach (var child in RootChildren(terms[i]))
            {
                if (Node.Accepts(child, terms[i], text))
                    Walk(child, terms, i, i + 1, text, results);
            }
        }
    }

    private Node[] RootChildren(Term term)
    {
        if (term.Id >= _rootChildren.Length)
            Array.Resize(ref _rootChildren, Math.Max(_rootChildren.Length * 2, term.Id + 1));
        return _rootChildren[term.Id] ??= _root.Children(term.Id, _vocabulary);
    }

    private void Walk(Node node, ReadOnlySpan<Term> terms, int first, int next, string text, List<PhraseMatch<T>> results)
    {
        if (node.Values is not null)
        {
            foreach (var (value, pattern) in node.Values)
                results.Add(new PhraseMatch<T>(first, next - first, terms[first].Start, terms[next - 1].End, value, pattern));
        }
        if (!node.HasEdges || next >= terms.Length || terms[next].Sentence != terms[first].Sentence) return;
        foreach (var child in node.Children(terms[next].Id, _vocabulary))
        {
            if (Node.Accepts(child, terms[next], text))
                Walk(child, terms, first, next + 1, text, results);
        }
    }

    private sealed class Node
    {
        private Dictionary<int, Node>? _exact;
        private List<(int Id, string Form, Node Child)>? _cased;
        private List<(PatternTerm Term, Node Child)>? _globs;
        private Dictionary<int, Node[]>? _globCache;

        public List<(T Value, Pattern Pattern)>? Values { get; set; }

        /// <summary>The exact text a case-sensitive edge into this node wants ("USD" but not "usd"), or null.</summary>
        private string? CasedForm { get; init; }

        /// <summary>This node alone, as the array <see cref="Children"/> returns (made once, not per step).</summary>
        public Node[] AsArray => field ??= [this];

        public bool HasEdges => _exact is not null || _cased is not null || _globs is not null;

        [MethodImpl(MethodImplOptions.NoOptimization)] // start-up code: see Pattern.Parse
        public Node Child(PatternTerm term, Vocabulary vocabulary)
        {
            if (term.IsGlob)
            {
                _globs ??= [];
                foreach (var (existing, child) in _globs)
                    if (existing == term) return child;
                var glob = new Node();
                _globs.Add((term, glob));
                _globCache = null;
                return glob;
            }
            if (!term.CaseSensitive)
            {
                var id = vocabulary.Intern(term.Form);
                _exact ??= [];
                if (!_exact.TryGetValue(id, out var node)) _exact[id] = node = new Node();
                return node;
            }
            // A case-sensitive edge is keyed by the normalised id, then checked against the raw text.
            var casedId = vocabulary.Intern(TextNormalizer.Normalize(term.Form));
            _cased ??= [];
            foreach (var (existingId, form, child) in _cased)
                if (existingId == casedId && form == term.Form) return child;
            var cased = new Node { CasedForm = term.Form };
            _cased.Add((casedId, term.Form, cased));
            return cased;
        }

        /// <summary>Nodes reachable on <paramref name="id"/>; case-sensitive ones still need <see cref="Accepts"/>.</summary>
        public Node[] Children(int id, Vocabulary vocabulary)
        {
            Node? exact = null;
            _exact?.TryGetValue(id, out exact);
            if (_cased is null && _globs is null) return exact is null ? [] : exact.AsArray;
            return MixedChildren(id, exact, vocabulary);
        }

        /// <summary>Children when the node also has case-sensitive or glob edges (kept apart: its lambdas allocate on entry).</summary>
        private Node[] MixedChildren(int id, Node? exact, Vocabulary vocabulary)
        {
            var globs = GlobChildren(id, vocabulary);
            if (_cased is null && globs.Length == 0) return exact is null ? [] : exact.AsArray;
            var all = new List<Node>(1 + globs.Length);
            if (exact is not null) all.Add(exact);
            if (_cased is not null)
                all.AddRange(_cased.Where(c => c.Id == id).Select(c => c.Child));
            all.AddRange(globs);
            return [.. all];
        }

        /// <summary>False for a case-sensitive child whose form differs from the term's raw text (checked in place: no allocation).</summary>
        public static bool Accepts(Node child, Term term, string text) =>
            child.CasedForm is not { } form || text.AsSpan(term.Start, term.End - term.Start).SequenceEqual(form);

        private Node[] GlobChildren(int id, Vocabulary vocabulary)
        {
            if (_globs is null) return [];
            _globCache ??= [];
            if (_globCache.TryGetValue(id, out var cached)) return cached;
            var form = vocabulary[id];
            var matched = _globs.Where(g => g.Term.Matches(form)).Select(g => g.Child).ToArray();
            _globCache[id] = matched;
            return matched;
        }
    }
}
