using ArticleLens.Benchmarks;
using BenchmarkDotNet.Running;

// `lucene-count FILE` is the whole-process reference used by compare.sh; anything else goes to BenchmarkDotNet.
if (args is ["lucene-count", var path])
    return LuceneCount.Run(path);
BenchmarkSwitcher.FromAssembly(typeof(TokenizerBenchmarks).Assembly).Run(args);
return 0;
