using System.Globalization;
using System.Text;
using RabbitMQ.Client;

namespace Herald.Fleet;

/// <summary>
/// The fleet's RabbitMQ side: the connection settings and the two queues. The work queue is a quorum queue
/// (replicated, durable) with a delivery limit whose overflow goes to the dead-letter queue; workers also move
/// a poison message there themselves, with its reason, after <see cref="WorkerOptions.MaxAttempts"/> attempts.
/// </summary>
public static class Broker
{
    /// <summary>The work queue's default name.</summary>
    public const string DefaultQueue = "herald.articles";

    /// <summary>
    /// Deliveries of one message the broker allows before it dead-letters it itself (reason <c>delivery_limit</c>
    /// in the <c>x-death</c> header): the guard against a message that kills every worker that takes it before
    /// the worker can dead-letter it.
    /// </summary>
    public const int DeliveryLimit = 10;

    /// <summary>The header holding why a worker dead-lettered a message.</summary>
    public const string ReasonHeader = "x-herald-reason";

    /// <summary>The header holding how many times a message had been delivered when it was dead-lettered.</summary>
    public const string AttemptsHeader = "x-herald-attempts";

    /// <summary>The dead-letter queue of work queue <paramref name="queue"/>.</summary>
    public static string DeadLetters(string queue) => queue + ".dead";

    /// <summary>A connection factory for <paramref name="url"/> that recovers dropped connections and their consumers by itself.</summary>
    /// <param name="url">An <c>amqp://user:password@host:port/vhost</c> URL (or <c>amqps://</c>).</param>
    /// <param name="name">The connection's name, shown by the broker: the command, host and process id.</param>
    public static ConnectionFactory Factory(string url, string name)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "amqp" && uri.Scheme != "amqps"))
            throw new FormatException($"'{Redact(url)}' is not an amqp:// or amqps:// URL");
        return new ConnectionFactory
        {
            Uri = uri,
            ClientProvidedName = $"{name} {Environment.MachineName} {Environment.ProcessId}",
            AutomaticRecoveryEnabled = true,
            TopologyRecoveryEnabled = true,
            NetworkRecoveryInterval = TimeSpan.FromSeconds(2),
            RequestedHeartbeat = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary><paramref name="url"/> fit for messages: without its user and password.</summary>
    public static string Redact(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0 ? url.Replace(uri.UserInfo + "@", "", StringComparison.Ordinal) : url;

    /// <summary>Declares the work queue <paramref name="queue"/> and its dead-letter queue (both durable quorum queues); declaring them again is harmless.</summary>
    public static async Task DeclareAsync(IChannel channel, string queue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var dead = DeadLetters(queue);
        await channel.QueueDeclareAsync(dead, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments: new Dictionary<string, object?>
        {
            ["x-queue-type"] = "quorum",
            ["x-delivery-limit"] = DeliveryLimit,
            ["x-dead-letter-exchange"] = "",
            ["x-dead-letter-routing-key"] = dead,
        }, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Which delivery of its message this is, from the quorum queue's <c>x-delivery-count</c> header: 1 the first time.</summary>
    public static int Attempt(IReadOnlyBasicProperties properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return properties.Headers is { } headers && headers.TryGetValue("x-delivery-count", out var count) && count is not null
            ? Convert.ToInt32(count, CultureInfo.InvariantCulture) + 1
            : 1;
    }

    /// <summary>What went wrong, in one line: a closed connection's reason rather than its whole story.</summary>
    public static string Brief(Exception exception) => exception switch
    {
        RabbitMQ.Client.Exceptions.OperationInterruptedException { ShutdownReason: { } reason } => $"{reason.ReplyCode} {reason.ReplyText}",
        _ => exception.Message.Split('\n', 2)[0].Trim(),
    };

    /// <summary>A string header's value (AMQP carries strings as bytes), or null.</summary>
    public static string? Header(IReadOnlyBasicProperties properties, string name)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return properties.Headers is { } headers && headers.TryGetValue(name, out var value) ? value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            null => null,
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        } : null;
    }
}
