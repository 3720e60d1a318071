using System.Collections;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

namespace ArticleLens.Benchmarks;

/// <summary>
/// <c>pledges-ab A.dll B.dll FILE [ROUNDS]</c>: two builds of ArticleLens.dll, each in its own load context, run
/// <c>PledgeDetector.Find</c> over the same corpus in alternating rounds. The ratio is taken round by round, so the noise of a
/// shared machine (which moves whole-process times by 15%) falls on both builds alike. Prints medians and the paired ratio.
/// </summary>
internal static class BuildComparison
{
    public static int Run(string a, string b, string corpus, int rounds)
    {
        Build[] builds = [Build.Load(a, corpus), Build.Load(b, corpus)];
        var times = new List<double>[] { [], [] };
        var ratios = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var t = new double[2];
            foreach (var i in round % 2 == 0 ? [0, 1] : new[] { 1, 0 }) t[i] = builds[i].Run();
            if (round < 3) continue; // warm-up: both builds tier up
            times[0].Add(t[0]);
            times[1].Add(t[1]);
            ratios.Add(t[1] / t[0]);
        }
        static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        var sorted = ratios.Order().ToList();
        Console.WriteLine($"A {Median(times[0]):F1} ms, B {Median(times[1]):F1} ms (medians of {ratios.Count} rounds); " +
                          $"B/A paired median {Median(ratios):F3} (quartiles {sorted[sorted.Count / 4]:F3} to {sorted[3 * sorted.Count / 4]:F3}); " +
                          $"pledges A {builds[0].Pledges:N0}, B {builds[1].Pledges:N0}");
        return builds[0].Pledges == builds[1].Pledges ? 0 : 1;
    }

    /// <summary>One build: its corpus and detector, reached by reflection (its types are not this process's ArticleLens).</summary>
    private sealed class Build
    {
        private readonly object _detector;
        private readonly MethodInfo _find;
        private readonly IList _articles;
        private readonly IList _rows;

        private Build(object detector, MethodInfo find, IList articles, IList rows) =>
            (_detector, _find, _articles, _rows) = (detector, find, articles, rows);

        public int Pledges { get; private set; }

        public static Build Load(string dll, string corpus)
        {
            var assembly = new AssemblyLoadContext(dll).LoadFromAssemblyPath(Path.GetFullPath(dll));
            var articleType = assembly.GetType("ArticleLens.Article", throwOnError: true)!;
            var articles = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(articleType))!;
            var load = assembly.GetType("ArticleLens.Corpus", throwOnError: true)!.GetMethod("Load", [typeof(string[])])!;
            foreach (var article in (IEnumerable)load.Invoke(null, [new[] { corpus }])!) articles.Add(article);
            var detectorType = assembly.GetType("ArticleLens.Pledges.PledgeDetector", throwOnError: true)!;
            var rows = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(assembly.GetType("ArticleLens.Pledges.Pledge", throwOnError: true)!))!;
            return new Build(Activator.CreateInstance(detectorType)!, detectorType.GetMethod("Find", [articleType, rows.GetType()])!, articles, rows);
        }

        /// <summary>Finds the pledges of every article once; returns the milliseconds it took.</summary>
        public double Run()
        {
            var clock = Stopwatch.StartNew();
            var pledges = 0;
            object[] arguments = [null!, _rows];
            foreach (var article in _articles)
            {
                _rows.Clear();
                arguments[0] = article;
                _find.Invoke(_detector, arguments);
                pledges += _rows.Count;
            }
            Pledges = pledges;
            return clock.Elapsed.TotalMilliseconds;
        }
    }
}
