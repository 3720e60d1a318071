using ArticleLens.Benchmarks;
using BenchmarkDotNet.Running;

// `lucene-count FILE` is the whole-process reference used by compare.sh, `load DIR` / `read DIR` time loading
// against File.ReadAllText; anything else goes to BenchmarkDotNet.
if (args is ["lucene-count", var path])
    return LuceneCount.Run(path);
if (LoadingBenchmarks.RunWholeProcess(args) is { } loaded)
    return loaded;
BenchmarkSwitcher.FromAssembly(typeof(TokenizerBenchmarks).Assembly).Run(args);
return 0;
