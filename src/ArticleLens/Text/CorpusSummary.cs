namespace ArticleLens.Text;

/// <summary>Counts that describe a corpus: the <c>summary</c> command's row.</summary>
/// <param name="Articles">Articles loaded.</param>
/// <param name="Sentences">Body sentences.</param>
/// <param name="Words">Word and number tokens.</param>
/// <param name="Tokens">All tokens, punctuation and symbols included.</param>
/// <param name="Types">Distinct normalised words and numbers.</param>
/// <param name="Problems">Inputs that could not be loaded (or loaded with a defect).</param>
public sealed record CorpusSummary(int Articles, long Sentences, long Words, long Tokens, int Types, int Problems)
{
    /// <summary>Summarises <paramref name="corpus"/> in one streaming pass (reading and counting on parallel threads).</summary>
    public static CorpusSummary Of(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var workers = new ArticleWorkers<Counter>(() => new Counter());
        var articles = 0;
        foreach (var _ in workers.Map(corpus, (counter, article) => counter.Add(article)))
            articles++;
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var counter in workers.States)
            types.UnionWith(counter.Types);
        return new CorpusSummary(articles, workers.States.Sum(c => c.Sentences), workers.States.Sum(c => c.Words),
            workers.States.Sum(c => c.Tokens), types.Count, corpus.Problems.Count);
    }

    /// <summary>One worker's counts.</summary>
    private sealed class Counter
    {
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private char[] _buffer = new char[256];

        public Counter() => _lookup = Types.GetAlternateLookup<ReadOnlySpan<char>>();

        public HashSet<string> Types { get; } = new(StringComparer.Ordinal);
        public long Sentences { get; private set; }
        public long Words { get; private set; }
        public long Tokens { get; private set; }

        public bool Add(Article article)
        {
            Sentences += article.Sentences.Count;
            var text = article.Text;
            foreach (var sentence in article.Sentences)
            {
                foreach (var token in Tokenizer.Scan(text, sentence.Start, sentence.End, sentence.Index))
                {
                    Tokens++;
                    if (!token.IsWordLike) continue;
                    Words++;
                    var span = token.In(text);
                    if ((token.Flags & TokenFlags.NeedsNormalizing) != 0)
                    {
                        if (span.Length > _buffer.Length) _buffer = new char[span.Length];
                        span = _buffer.AsSpan(0, TextNormalizer.Normalize(span, token.Kind, _buffer));
                    }
                    _lookup.Add(span);
                }
            }
            return true;
        }
    }

    /// <summary>One line: "1 article, 63 sentences, 1,912 words, 2,178 tokens, 702 types, 0 problems".</summary>
    public override string ToString() =>
        $"{Articles:N0} article{(Articles == 1 ? "" : "s")}, {Sentences:N0} sentences, {Words:N0} words, {Tokens:N0} tokens, {Types:N0} types, {Problems} problems";
}
