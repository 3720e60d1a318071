using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace ArticleLens.Benchmarks;

/// <summary>Whole-process reference for compare.sh: tokenizes a file with Lucene.Net and counts tokens and types.</summary>
internal static class LuceneCount
{
    public static int Run(string path)
    {
        using var reader = new StreamReader(path);
        using var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        var types = new HashSet<string>(StringComparer.Ordinal);
        var lookup = types.GetAlternateLookup<ReadOnlySpan<char>>();
        tokenizer.Reset();
        long tokens = 0;
        while (tokenizer.IncrementToken())
        {
            tokens++;
            var form = term.Buffer.AsSpan(0, term.Length);
            if (!lookup.Contains(form)) lookup.Add(form);
        }
        tokenizer.End();
        Console.WriteLine($"{tokens} tokens, {types.Count} types");
        return 0;
    }
}
