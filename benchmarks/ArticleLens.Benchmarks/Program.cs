using ArticleLens.Benchmarks;
using BenchmarkDotNet.Running;

// `lucene-count FILE` is the whole-process reference used by compare.sh, `load DIR` / `read DIR` time loading
// against File.ReadAllText, `pledges-ab A.dll B.dll FILE [ROUNDS]` compares two builds' detection; anything else goes to
// BenchmarkDotNet.
if (args is ["lucene-count", var path])
    return LuceneCount.Run(path);
if (args is ["pledges-ab", var a, var b, var corpus, .. var rest])
    return BuildComparison.Run(a, b, corpus, rest is [var rounds] ? int.Parse(rounds) : 25);
if (LoadingBenchmarks.RunWholeProcess(args) is { } loaded)
    return loaded;
BenchmarkSwitcher.FromAssembly(typeof(TokenizerBenchmarks).Assembly).Run(args);
return 0;
