using System.Collections.Concurrent;

namespace Herald.Pipeline;

/// <summary>
/// Maps a lazily read sequence on several threads and yields the results in input order, with at most
/// a fixed number of items in flight, so memory stays bounded however long the input is.
/// </summary>
public static class OrderedParallel
{
    /// <summary>
    /// Applies <paramref name="map"/> to each item of <paramref name="source"/> on up to
    /// <paramref name="degree"/> threads and yields the results in the order of the source.
    /// </summary>
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int degree, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        return Run(source, map, degree, cancellationToken);
    }

    private static IEnumerable<TOut> Run<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int degree, CancellationToken cancellationToken)
    {
        var window = degree * 4;
        using var pending = new BlockingCollection<Task<TOut>>(window);
        using var workers = new SemaphoreSlim(degree);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Exception? readFailure = null;

        // The reader blocks while the window is full, so it gets a thread of its own rather than one of the
        // pool's, which the workers need: on two cores the pool starts with two threads.
        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var item in source)
                {
                    workers.Wait(stop.Token);
                    var task = Task.Run(() =>
                    {
                        try { return map(item); }
                        finally { workers.Release(); }
                    }, CancellationToken.None);
                    pending.Add(task, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
#pragma warning disable CA1031 // a failure of the source is rethrown on the consuming thread
            catch (Exception exception)
#pragma warning restore CA1031
            {
                readFailure = exception;
            }
            finally
            {
                pending.CompleteAdding();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            foreach (var task in pending.GetConsumingEnumerable(cancellationToken))
                yield return task.GetAwaiter().GetResult();
            producer.GetAwaiter().GetResult();
            if (readFailure is not null)
                throw new AggregateException("reading the input failed", readFailure);
        }
        finally
        {
            // The consumer stopped early (break, exception, cancellation): release the producer and let it finish.
            stop.Cancel();
            while (pending.TryTake(out _)) { }
            producer.Wait(TimeSpan.FromSeconds(30));
        }
    }
}
