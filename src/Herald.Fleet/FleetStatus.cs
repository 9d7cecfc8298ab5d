using RabbitMQ.Client;

namespace Herald.Fleet;

/// <summary>The broker's side of a fleet at one moment, from passive queue declarations (no management plugin needed).</summary>
/// <param name="Ready">Messages waiting in the work queue; those taken by a worker and not yet acknowledged are not counted.</param>
/// <param name="Workers">Consumers on the work queue: one per running worker.</param>
/// <param name="DeadLetters">Messages in the dead-letter queue.</param>
public sealed record FleetStatus(long Ready, long Workers, long DeadLetters)
{
    /// <summary>Reads the counts of work queue <paramref name="queue"/> and its dead letters at <paramref name="broker"/>.</summary>
    public static async Task<FleetStatus> ReadAsync(string broker, string queue, CancellationToken cancellationToken)
    {
        await using var connection = await Broker.Factory(broker, "herald status").CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var work = await channel.QueueDeclarePassiveAsync(queue, cancellationToken).ConfigureAwait(false);
        var dead = await channel.QueueDeclarePassiveAsync(Broker.DeadLetters(queue), cancellationToken).ConfigureAwait(false);
        return new FleetStatus(work.MessageCount, work.ConsumerCount, dead.MessageCount);
    }
}
