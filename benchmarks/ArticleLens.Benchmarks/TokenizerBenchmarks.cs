using System.Text.RegularExpressions;
using ArticleLens.Text;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace ArticleLens.Benchmarks;

/// <summary>Tokenizing ~1 MB of diplomatic text: ArticleLens against Lucene.Net's StandardTokenizer and Regex <c>\w+</c>.</summary>
[MemoryDiagnoser]
public partial class TokenizerBenchmarks
{
    private readonly string _text = BenchmarkText.Seed;

    [Benchmark(Baseline = true, Description = "ArticleLens TokenScanner")]
    public int ArticleLens()
    {
        var count = 0;
        foreach (var token in Tokenizer.Scan(_text, 0, _text.Length))
            count += token.Length > 0 ? 1 : 0;
        return count;
    }

    [Benchmark(Description = "ArticleLens scan + normalise + count types")]
    public int ArticleLensCounting()
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        var lookup = types.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[256];
        foreach (var token in Tokenizer.Scan(_text, 0, _text.Length))
        {
            if (!token.IsWordLike || token.Length > buffer.Length) continue;
            var form = buffer[..TextNormalizer.Normalize(token.In(_text), token.Kind, buffer)];
            if (!lookup.Contains(form)) lookup.Add(form);
        }
        return types.Count;
    }

    [Benchmark(Description = "Lucene.Net StandardTokenizer")]
    public int Lucene()
    {
        using var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(_text));
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        tokenizer.Reset();
        var count = 0;
        while (tokenizer.IncrementToken())
            count += term.Length > 0 ? 1 : 0;
        tokenizer.End();
        return count;
    }

    [Benchmark(Description = "Regex \\w+ EnumerateMatches")]
    public int Regex()
    {
        var count = 0;
        foreach (var match in Words().EnumerateMatches(_text))
            count += match.Length > 0 ? 1 : 0;
        return count;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Words();
}
