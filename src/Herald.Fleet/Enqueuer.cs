using Herald.Errors;
using Herald.Sources;
using Herald.Storage.Ingest;
using RabbitMQ.Client;

namespace Herald.Fleet;

/// <summary>What <see cref="Enqueuer.RunAsync"/> did.</summary>
/// <param name="Queued">Articles published and confirmed by the broker.</param>
/// <param name="Repeated">Articles skipped because the same content came earlier in the input.</param>
public sealed record EnqueueSummary(int Queued, int Repeated);

/// <summary>
/// Publishes articles to the work queue as persistent messages, each confirmed by the broker before the run
/// counts it. A message's id is the article's content hash, the same one the archive keys on, so an article
/// queued twice is analysed once: the worker that meets the second copy finds it archived and only acknowledges it.
/// </summary>
/// <param name="broker">The RabbitMQ URL.</param>
/// <param name="queue">The work queue.</param>
public sealed class Enqueuer(string broker, string queue)
{
    /// <summary>Unconfirmed publishes in flight at most: the broker's confirms stream back while more are sent.</summary>
    private const int InFlight = 256;

    /// <summary>
    /// Publishes every article of <paramref name="items"/>, reading lazily; an item that is an error goes to
    /// <paramref name="failed"/> (on this thread) and the run goes on.
    /// </summary>
    public async Task<EnqueueSummary> RunAsync(IEnumerable<SourceItem> items, Action<HeraldError> failed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(failed);
        await using var connection = await Broker.Factory(broker, "herald enqueue").CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken).ConfigureAwait(false);
        await Broker.DeclareAsync(channel, queue, cancellationToken).ConfigureAwait(false);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new List<Task>(InFlight);
        int queued = 0, repeated = 0;
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Article is not { } article)
            {
                failed(item.Error!);
                continue;
            }
            var hash = ContentHashes.Of(article);
            if (!seen.Add(hash))
            {
                repeated++;
                continue;
            }
            var properties = new BasicProperties
            {
                Persistent = true,
                MessageId = hash,
                ContentType = ArticleMessages.ContentType,
                Type = ArticleMessages.Format,
            };
            pending.Add(channel.BasicPublishAsync("", queue, mandatory: true, properties, ArticleMessages.Encode(article), cancellationToken).AsTask());
            queued++;
            if (pending.Count == InFlight)
                await ConfirmedAsync(pending).ConfigureAwait(false);
        }
        await ConfirmedAsync(pending).ConfigureAwait(false);
        return new EnqueueSummary(queued, repeated);
    }

    // Each task ends when the broker confirmed its message, or throws when it refused or could not route it.
    private static async Task ConfirmedAsync(List<Task> pending)
    {
        await Task.WhenAll(pending).ConfigureAwait(false);
        pending.Clear();
    }
}
