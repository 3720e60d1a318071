using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace ArticleLens;

/// <summary>Reads a sequence on a background thread while the caller works on what is already read.</summary>
public static class ReadAhead
{
    private const int BatchSize = 16;

    /// <summary>
    /// Enumerates <paramref name="source"/> on another thread, at most about <paramref name="capacity"/> items ahead of the caller.
    /// Decoding and splitting files overlap with analysis; an exception in the source is rethrown to the caller.
    /// Items are handed over in small batches, so the two threads rarely wait on each other.
    /// </summary>
    public static IEnumerable<T> Buffered<T>(this IEnumerable<T> source, int capacity = 256)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        return Iterate(source, capacity);
    }

    private static IEnumerable<T> Iterate<T>(IEnumerable<T> source, int capacity)
    {
        var batchSize = Math.Min(BatchSize, capacity);
        using var queue = new BlockingCollection<List<T>>(Math.Max(1, capacity / batchSize));
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                var batch = new List<T>(batchSize);
                foreach (var item in source)
                {
                    batch.Add(item);
                    if (batch.Count < batchSize) continue;
                    queue.Add(batch, stop.Token);
                    batch = new List<T>(batchSize);
                }
                if (batch.Count > 0) queue.Add(batch, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                queue.CompleteAdding();
            }
        }, TaskCreationOptions.LongRunning);
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable())
            foreach (var item in batch)
                yield return item;
        }
        finally
        {
            stop.Cancel();
            producer.Wait();
        }
        failure?.Throw();
    }
}
