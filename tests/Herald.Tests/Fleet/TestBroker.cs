using Herald.Fleet;
using RabbitMQ.Client;

namespace Herald.Tests.Fleet;

/// <summary>
/// The RabbitMQ named by HERALD_TEST_RABBITMQ (an amqp:// URL; .ci/run starts a throwaway node), with a work
/// queue of the test's own, deleted with its dead letters afterwards. Without the variable the test skips and says so.
/// </summary>
internal sealed class TestBroker : IAsyncDisposable
{
    private const string Variable = "HERALD_TEST_RABBITMQ";

    private TestBroker(string url)
    {
        Url = url;
    }

    public string Url { get; }

    public string Queue { get; } = "herald.test." + Guid.NewGuid().ToString("N");

    public static TestBroker Require()
    {
        var url = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrEmpty(url), $"fleet tests skipped: set {Variable} to an amqp:// URL (.ci/run starts a throwaway RabbitMQ when rabbitmq-server is installed)");
        return new TestBroker(url!);
    }

    /// <summary>Opens a channel for the test's own look at the queues.</summary>
    public async Task<(IConnection Connection, IChannel Channel)> OpenAsync()
    {
        var connection = await Broker.Factory(Url, "herald test").CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        await Broker.DeclareAsync(channel, Queue, CancellationToken.None);
        return (connection, channel);
    }

    /// <summary>The messages in the dead-letter queue, taken off it: each with its id and reason.</summary>
    public async Task<List<(string? MessageId, string? Reason, string Body)>> DeadLettersAsync()
    {
        var (connection, channel) = await OpenAsync();
        await using (connection)
        await using (channel)
        {
            var dead = new List<(string?, string?, string)>();
            while (await channel.BasicGetAsync(Broker.DeadLetters(Queue), autoAck: true) is { } message)
                dead.Add((message.BasicProperties.MessageId, Broker.Header(message.BasicProperties, Broker.ReasonHeader), System.Text.Encoding.UTF8.GetString(message.Body.Span)));
            return dead;
        }
    }

    public async Task<FleetStatus> StatusAsync() => await FleetStatus.ReadAsync(Url, Queue, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        var (connection, channel) = await OpenAsync();
        await using (connection)
        await using (channel)
        {
            await channel.QueueDeleteAsync(Queue, ifUnused: false, ifEmpty: false);
            await channel.QueueDeleteAsync(Broker.DeadLetters(Queue), ifUnused: false, ifEmpty: false);
        }
    }
}
