using System.CommandLine;
using System.Globalization;
using Herald.Cli.Output;
using Herald.Fleet;
using Herald.Sources;

namespace Herald.Cli.Commands;

/// <summary><c>herald enqueue</c>: put articles on the fleet's work queue for <c>herald worker</c>s to analyse.</summary>
internal static class EnqueueCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Sources();
        var broker = FleetOptions.BrokerUrl();
        var queue = FleetOptions.Queue();
        var command = new Command("enqueue", "Queue articles on RabbitMQ for herald workers: persistent messages, each confirmed by the broker, keyed by content hash so an article queued twice is analysed once.")
        {
            paths, broker, queue,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var url = parse.GetRequiredValue(broker);
            var name = parse.GetRequiredValue(queue);
            return FleetOptions.RunAsync(url, async () =>
            {
                var report = new BatchReport();
                var summary = await new Enqueuer(url, name).RunAsync(ArticleSources.ReadAll(parse.GetRequiredValue(paths)), report.Add, cancellationToken).ConfigureAwait(false);
                report.WriteTo(Console.Error);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"herald: queued {summary.Queued:N0} articles on {name} at {Broker.Redact(url)}, skipped {summary.Repeated:N0} repeated in the input, failed {report.Failed:N0}"));
                return report.Failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
            });
        });
        return command;
    }
}
