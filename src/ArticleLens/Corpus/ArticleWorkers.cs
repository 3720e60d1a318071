using System.Collections.Concurrent;

namespace ArticleLens;

/// <summary>
/// Analyses articles on several threads while another reads ahead. Each worker thread gets its own state
/// (a vocabulary, a matcher, counters: nothing shared, nothing locked); results come back in article order.
/// </summary>
/// <typeparam name="TState">Per-worker state, made by the factory once per worker thread.</typeparam>
public sealed class ArticleWorkers<TState>(Func<TState> createState, int workers = 0)
    where TState : class
{
    private readonly ConcurrentBag<TState> _states = [];
    private readonly int _workers = workers > 0 ? workers : Environment.ProcessorCount;

    /// <summary>Every state a worker used (complete once the sequence returned by <see cref="Map{TResult}"/> is enumerated).</summary>
    public IReadOnlyCollection<TState> States => _states;

    /// <summary>Applies <paramref name="analyze"/> to each article, in parallel, yielding results in article order (lazy).</summary>
    public IEnumerable<TResult> Map<TResult>(IEnumerable<Article> articles, Func<TState, Article, TResult> analyze)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(analyze);
        if (_workers == 1) return Sequential(articles, analyze);
        var local = new ThreadLocal<TState>(() =>
        {
            var state = createState();
            _states.Add(state);
            return state;
        });
        return articles.Buffered()
            .AsParallel().AsOrdered().WithDegreeOfParallelism(_workers)
            .Select(article => analyze(local.Value!, article));
    }

    private IEnumerable<TResult> Sequential<TResult>(IEnumerable<Article> articles, Func<TState, Article, TResult> analyze)
    {
        var state = createState();
        _states.Add(state);
        foreach (var article in articles.Buffered())
            yield return analyze(state, article);
    }
}
