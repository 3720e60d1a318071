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
    /// <summary>Summarises <paramref name="corpus"/> in one streaming pass (reading overlaps counting).</summary>
    public static CorpusSummary Of(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var types = new HashSet<string>(StringComparer.Ordinal);
        var lookup = types.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = new char[256];
        int articles = 0;
        long sentences = 0, words = 0, tokens = 0;
        foreach (var article in corpus.Buffered())
        {
            articles++;
            sentences += article.Sentences.Count;
            var text = article.Text;
            foreach (var sentence in article.Sentences)
            {
                foreach (var token in Tokenizer.Scan(text, sentence.Start, sentence.End, sentence.Index))
                {
                    tokens++;
                    if (!token.IsWordLike) continue;
                    words++;
                    var span = token.In(text);
                    if ((token.Flags & TokenFlags.NeedsNormalizing) != 0)
                    {
                        if (span.Length > buffer.Length) buffer = new char[span.Length];
                        span = buffer.AsSpan(0, TextNormalizer.Normalize(span, token.Kind, buffer));
                    }
                    if (!lookup.Contains(span)) lookup.Add(span);
                }
            }
        }
        return new CorpusSummary(articles, sentences, words, tokens, types.Count, corpus.Problems.Count);
    }

    /// <summary>One line: "1 article, 63 sentences, 1,912 words, 2,178 tokens, 702 types, 0 problems".</summary>
    public override string ToString() =>
        $"{Articles:N0} article{(Articles == 1 ? "" : "s")}, {Sentences:N0} sentences, {Words:N0} words, {Tokens:N0} tokens, {Types:N0} types, {Problems} problems";
}
