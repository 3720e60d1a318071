using ArticleLens.Cli.Commands;
using ArticleLens.Cli.Output;
using ArticleLens.Pledges;
using BenchmarkDotNet.Attributes;

namespace ArticleLens.Benchmarks;

/// <summary>The two halves of <c>articlelens pledges</c> on 80 copies of the seed article (~1 MB): detection, and JSON rows.</summary>
[MemoryDiagnoser]
public class PledgeBenchmarks
{
    private readonly Article[] _articles = [.. Corpus.FromText(BenchmarkText.Seed, "seed")];
    private readonly PledgeDetector _detector = new();
    private readonly List<Pledge> _pledges = [];
    private readonly RowEncoder<Pledge> _encoder = new(PledgesCommand.Columns, OutputFormat.Json);

    [GlobalSetup]
    public void Setup()
    {
        foreach (var article in _articles) _detector.Find(article, _pledges);
    }

    [Benchmark(Description = "PledgeDetector.Find")]
    public int Detect()
    {
        var found = new List<Pledge>(_pledges.Count);
        foreach (var article in _articles) _detector.Find(article, found);
        return found.Count;
    }

    [Benchmark(Description = "pledge rows as JSON")]
    public int Encode()
    {
        foreach (var pledge in _pledges) _encoder.Add(pledge);
        var rows = _encoder.Take();
        rows.Return();
        return rows.Length;
    }
}
