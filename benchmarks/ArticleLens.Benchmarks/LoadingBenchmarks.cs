using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace ArticleLens.Benchmarks;

/// <summary>
/// Loading the 20,000-file folder of <c>../shared/bench/gen_corpus.py</c> (<c>articles/</c>): <see cref="Corpus.Load(string[])"/>
/// (decode, validate, split into articles and sentences) against plain <see cref="File.ReadAllText(string)"/> of the same files.
/// The folder comes from <c>ARTICLELENS_ARTICLES</c>, else <c>$BENCH_DATA/articles</c>.
/// Whole process: <c>dotnet ArticleLens.Benchmarks.dll load FOLDER</c> and <c>... read FOLDER</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class LoadingBenchmarks
{
    private string[] _files = [];
    private string _folder = "";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Folder();
        _files = [.. InputFiles.Expand([_folder]).Files];
    }

    [Benchmark(Baseline = true, Description = "File.ReadAllText of every file")]
    public long ReadAllText() => ReadAll(_files);

    [Benchmark(Description = "Corpus.Load: articles and sentences")]
    public long CorpusLoad() => Load(_folder);

    /// <summary>Runs <c>load FOLDER</c> or <c>read FOLDER</c> as a whole process (for timing with /usr/bin/time); null for other arguments.</summary>
    public static int? RunWholeProcess(string[] args)
    {
        if (args is not [("load" or "read") and var mode, var folder]) return null;
        var clock = Stopwatch.StartNew();
        var result = mode == "load" ? Load(folder) : ReadAll([.. InputFiles.Expand([folder]).Files]);
        Console.WriteLine($"{mode}: {result:N0} ({(mode == "load" ? "sentences" : "characters")}) in {clock.Elapsed.TotalSeconds:F2} s");
        return 0;
    }

    private static long ReadAll(string[] files)
    {
        long chars = 0;
        foreach (var file in files)
            chars += File.ReadAllText(file).Length;
        return chars;
    }

    private static long Load(string folder)
    {
        var corpus = Corpus.Load(folder);
        long sentences = 0;
        foreach (var article in corpus)
            sentences += article.Sentences.Count;
        if (corpus.Problems.Count > 0) throw new InvalidDataException(string.Join(Environment.NewLine, corpus.Problems));
        return sentences;
    }

    private static string Folder()
    {
        var folder = Environment.GetEnvironmentVariable("ARTICLELENS_ARTICLES")
                     ?? (Environment.GetEnvironmentVariable("BENCH_DATA") is { Length: > 0 } data ? Path.Combine(data, "articles") : null);
        if (folder is null || !Directory.Exists(folder))
            throw new InvalidOperationException(
                $"Set ARTICLELENS_ARTICLES to the 20,000-file folder made by ../shared/bench/gen_corpus.py (for example /work/bench/articles); "
                + $"{(folder is null ? "it is not set" : $"'{folder}' does not exist")}.");
        return folder;
    }
}
