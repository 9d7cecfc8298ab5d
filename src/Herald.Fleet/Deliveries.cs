using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Herald.Fleet;

/// <summary>One message as the worker received it.</summary>
/// <param name="Tag">The delivery tag, for the acknowledgement.</param>
/// <param name="Body">The message body, copied out of the client's buffer.</param>
/// <param name="Attempt">Which delivery of the message this is, from 1.</param>
/// <param name="Properties">The message's properties, kept for dead-lettering.</param>
internal sealed record Delivery(ulong Tag, byte[] Body, int Attempt, BasicProperties Properties);

/// <summary>
/// Settles deliveries on the consuming channel, one call at a time. After the connection dropped, the broker
/// has already put the unsettled messages back; settling them is then a no-op (the client drops stale tags) or
/// fails, which is logged and harmless: the redelivered copy is found archived and only acknowledged.
/// </summary>
internal sealed class Deliveries(IChannel channel, IChannel deadLetters, string queue, TextWriter log) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Done with: the archive holds it (or it is moved to the dead letters).</summary>
    public Task AckAsync(Delivery delivery) => SettleAsync(delivery, "acknowledge", () => channel.BasicAckAsync(delivery.Tag, multiple: false));

    /// <summary>Back to the queue, for this or another worker to take again.</summary>
    public Task ReturnAsync(Delivery delivery) => SettleAsync(delivery, "return", () => channel.BasicNackAsync(delivery.Tag, multiple: false, requeue: true));

    /// <summary>
    /// Moves <paramref name="delivery"/> to the dead-letter queue with <paramref name="reason"/> in the
    /// <see cref="Broker.ReasonHeader"/> header: published (and confirmed) first, then acknowledged; if the
    /// publish fails the message goes back to the queue instead.
    /// </summary>
    public async Task DeadLetterAsync(Delivery delivery, string reason)
    {
        var properties = new BasicProperties(delivery.Properties)
        {
            Persistent = true,
            Headers = new Dictionary<string, object?>(delivery.Properties.Headers ?? new Dictionary<string, object?>())
            {
                [Broker.ReasonHeader] = reason,
                [Broker.AttemptsHeader] = delivery.Attempt,
                ["x-herald-worker"] = $"{Environment.MachineName} {Environment.ProcessId}",
            },
        };
        try
        {
            await deadLetters.BasicPublishAsync("", Broker.DeadLetters(queue), mandatory: true, properties, delivery.Body).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RabbitMQClientException or OperationInterruptedException or PublishException)
        {
            log.WriteLine($"herald worker: could not dead-letter message {delivery.Properties.MessageId} ({Broker.Brief(exception)}); returning it to the queue");
            await ReturnAsync(delivery).ConfigureAwait(false);
            return;
        }
        log.WriteLine($"herald worker: dead-lettered message {delivery.Properties.MessageId} after {delivery.Attempt} attempt(s): {reason}");
        await AckAsync(delivery).ConfigureAwait(false);
    }

    private async Task SettleAsync(Delivery delivery, string what, Func<ValueTask> settle)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            await settle().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RabbitMQClientException or OperationInterruptedException)
        {
            log.WriteLine($"herald worker: could not {what} message {delivery.Properties.MessageId} ({Broker.Brief(exception)}); the broker delivers it again");
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();
}
