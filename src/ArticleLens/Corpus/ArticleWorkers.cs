using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace ArticleLens;

/// <summary>
/// Analyses articles on several threads while another reads ahead. Each worker thread gets its own state
/// (a vocabulary, a matcher, counters: nothing shared, nothing locked); results come back in article order.
/// Articles travel in batches, so threads hand work over a few hundred times per 100 MB and never spin;
/// every queue is bounded, so memory stays flat however slow the caller is.
/// </summary>
/// <typeparam name="TState">Per-worker state, made by the factory once per worker thread.</typeparam>
public sealed class ArticleWorkers<TState>(Func<TState> createState, int workers = 0)
    where TState : class
{
    // Articles per hand-off: few enough that the articles in flight stay small (they outlive young-generation collections,
    // which then copy them: 32 per batch doubled the GC pauses of a 100 MB run), enough that hand-offs cost nothing.
    private const int BatchSize = 8;

    private readonly ConcurrentBag<TState> _states = [];
    private readonly Func<TState> _createState = createState;
    private readonly int _workers = workers > 0 ? workers : Environment.ProcessorCount;

    /// <summary>Every state a worker used (complete once the sequence returned by <see cref="Map{TResult}"/> is enumerated).</summary>
    public IReadOnlyCollection<TState> States => _states;

    /// <summary>Applies <paramref name="analyze"/> to each article, in parallel, yielding results in article order (lazy).</summary>
    public IEnumerable<TResult> Map<TResult>(IEnumerable<Article> articles, Func<TState, Article, TResult> analyze)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(analyze);
        return _workers == 1 ? Sequential(articles, analyze) : new Pipeline<TResult>(this, analyze, _workers).Run(articles);
    }

    private IEnumerable<TResult> Sequential<TResult>(IEnumerable<Article> articles, Func<TState, Article, TResult> analyze)
    {
        var state = _createState();
        _states.Add(state);
        foreach (var article in articles.Buffered())
            yield return analyze(state, article);
    }

    /// <summary>One run: a reader thread, worker threads, and the caller taking results in order.</summary>
    private sealed class Pipeline<TResult>(ArticleWorkers<TState> owner, Func<TState, Article, TResult> analyze, int workers)
    {
        private readonly int _workers = workers;
        private readonly BlockingCollection<(int Sequence, Article[] Articles)> _input = new(workers * 2);
        private readonly Dictionary<int, TResult[]> _done = [];
        private readonly object _gate = new();
        private readonly CancellationTokenSource _stop = new();
        private readonly int _window = workers * 4; // batches a worker may finish ahead of the caller
        private int _next;
        private int _running;
        private ExceptionDispatchInfo? _failure;

        public IEnumerable<TResult> Run(IEnumerable<Article> articles)
        {
            _running = _workers;
            var threads = new List<Task> { Start(() => Read(articles)) };
            for (var i = 0; i < _workers; i++) threads.Add(Start(Work));
            try
            {
                while (Take() is { } results)
                    foreach (var result in results)
                        yield return result;
            }
            finally
            {
                _stop.Cancel();
                lock (_gate) Monitor.PulseAll(_gate);
                Task.WaitAll([.. threads]);
                _input.Dispose();
                _stop.Dispose();
            }
            _failure?.Throw();
        }

        private static Task Start(Action action) => Task.Factory.StartNew(action, TaskCreationOptions.LongRunning);

        private void Read(IEnumerable<Article> articles)
        {
            try
            {
                var sequence = 0;
                foreach (var batch in articles.Chunk(BatchSize))
                    _input.Add((sequence++, batch), _stop.Token);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                Fail(e);
            }
            finally
            {
                _input.CompleteAdding();
            }
        }

        private void Work()
        {
            try
            {
                var state = owner._createState();
                owner._states.Add(state);
                foreach (var (sequence, batch) in _input.GetConsumingEnumerable(_stop.Token))
                {
                    var results = new TResult[batch.Length];
                    for (var i = 0; i < batch.Length; i++)
                        results[i] = analyze(state, batch[i]);
                    lock (_gate)
                    {
                        while (sequence >= _next + _window && !_stop.IsCancellationRequested)
                            Monitor.Wait(_gate);
                        _done[sequence] = results;
                        Monitor.PulseAll(_gate);
                    }
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                Fail(e);
            }
            finally
            {
                lock (_gate)
                {
                    _running--;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        /// <summary>The next batch's results in order, or null when every batch has been taken (or a thread failed).</summary>
        private TResult[]? Take()
        {
            lock (_gate)
            {
                while (true)
                {
                    if (_failure is not null) return null;
                    if (_done.Remove(_next, out var results))
                    {
                        _next++;
                        Monitor.PulseAll(_gate);
                        return results;
                    }
                    if (_running == 0) return null;
                    Monitor.Wait(_gate);
                }
            }
        }

        private void Fail(Exception e)
        {
            lock (_gate)
            {
                _failure ??= ExceptionDispatchInfo.Capture(e);
                Monitor.PulseAll(_gate);
            }
            _stop.Cancel();
        }
    }
}
