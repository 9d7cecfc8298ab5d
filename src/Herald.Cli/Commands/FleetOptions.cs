using System.CommandLine;
using Herald.Errors;
using Herald.Fleet;
using RabbitMQ.Client.Exceptions;

namespace Herald.Cli.Commands;

/// <summary>The options of the fleet commands (enqueue, worker, status) and their broker failures as one clear error.</summary>
internal static class FleetOptions
{
    public static Option<string> BrokerUrl() => new("--broker")
    {
        Description = "The RabbitMQ: amqp://user:password@host:port/vhost.",
        Required = true,
    };

    public static Option<string> Queue() => new("--queue")
    {
        Description = $"The work queue (default {Broker.DefaultQueue}); its dead letters go to NAME.dead.",
        DefaultValueFactory = _ => Broker.DefaultQueue,
    };

    /// <summary>Runs <paramref name="action"/>; a broker that cannot be reached or refuses becomes error H320.</summary>
    public static async Task<int> RunAsync(string broker, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RabbitMQClientException or FormatException or System.Net.Sockets.SocketException or IOException)
        {
            var detail = Broker.Brief(exception is BrokerUnreachableException { InnerException: { } inner } ? inner : exception);
            throw new HeraldException(new HeraldError(ErrorCatalog.BrokerFailed, Broker.Redact(broker), detail), exception);
        }
    }
}
