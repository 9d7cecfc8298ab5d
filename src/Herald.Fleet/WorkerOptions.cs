namespace Herald.Fleet;

/// <summary>How a worker consumes, analyses and writes.</summary>
public sealed record WorkerOptions
{
    /// <summary>The RabbitMQ URL.</summary>
    public required string BrokerUrl { get; init; }

    /// <summary>The work queue.</summary>
    public string Queue { get; init; } = Broker.DefaultQueue;

    /// <summary>Articles analysed at once.</summary>
    public int Concurrency { get; init; } = Environment.ProcessorCount;

    /// <summary>Unacknowledged messages the broker hands this worker at most: those in analysis and those waiting for their commit.</summary>
    public int Prefetch { get; init; } = 32;

    /// <summary>Articles per archive transaction at most.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>The longest an analysed article waits for others to share its transaction.</summary>
    public TimeSpan BatchTime { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Deliveries of a message whose analysis fails unexpectedly before it is dead-lettered.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The largest message analysed, in bytes; a larger one is dead-lettered at once.</summary>
    public int MaxMessageBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>How often a running worker reports its counts.</summary>
    public TimeSpan ReportEvery { get; init; } = TimeSpan.FromSeconds(30);
}
