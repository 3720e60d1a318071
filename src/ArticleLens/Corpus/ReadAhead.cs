using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace ArticleLens;

/// <summary>Reads a sequence on a background thread while the caller works on what is already read.</summary>
public static class ReadAhead
{
    /// <summary>
    /// Enumerates <paramref name="source"/> on another thread, at most <paramref name="capacity"/> items ahead of the caller.
    /// Decoding and splitting files overlap with analysis; an exception in the source is rethrown to the caller.
    /// </summary>
    public static IEnumerable<T> Buffered<T>(this IEnumerable<T> source, int capacity = 256)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        return Iterate(source, capacity);
    }

    private static IEnumerable<T> Iterate<T>(IEnumerable<T> source, int capacity)
    {
        using var queue = new BlockingCollection<T>(capacity);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var item in source)
                    queue.Add(item, stop.Token);
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
            foreach (var item in queue.GetConsumingEnumerable())
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
