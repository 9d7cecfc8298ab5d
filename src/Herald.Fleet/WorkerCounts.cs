using System.Globalization;

namespace Herald.Fleet;

/// <summary>What a worker did with the messages it took, counted across its threads.</summary>
public sealed class WorkerCounts
{
    private long _stored;
    private long _skipped;
    private long _deadLettered;
    private long _returned;
    private long _writeTicks;

    /// <summary>Articles this worker stored.</summary>
    public long StoredCount => Interlocked.Read(ref _stored);

    /// <summary>Messages whose article the archive already held.</summary>
    public long SkippedCount => Interlocked.Read(ref _skipped);

    /// <summary>Messages moved to the dead-letter queue.</summary>
    public long DeadLetteredCount => Interlocked.Read(ref _deadLettered);

    /// <summary>Messages given back to the queue (failed attempts, a failed write, stopping).</summary>
    public long ReturnedCount => Interlocked.Read(ref _returned);

    /// <summary>Time spent in archive transactions (waiting for the write lock included).</summary>
    public TimeSpan WriteTime => TimeSpan.FromTicks(Interlocked.Read(ref _writeTicks));

    internal void Stored() => Interlocked.Increment(ref _stored);

    internal void Wrote(TimeSpan time) => Interlocked.Add(ref _writeTicks, time.Ticks);

    internal void Skipped() => Interlocked.Increment(ref _skipped);

    internal void DeadLettered() => Interlocked.Increment(ref _deadLettered);

    internal void Returned() => Interlocked.Increment(ref _returned);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"stored {StoredCount:N0}, already archived {SkippedCount:N0}, dead-lettered {DeadLetteredCount:N0}, returned to the queue {ReturnedCount:N0}; archive writes {WriteTime.TotalSeconds:F1} s ({(StoredCount > 0 ? WriteTime.TotalMilliseconds / StoredCount : 0):F1} ms per stored article)");
}
