using System.CommandLine;
using System.Globalization;
using Herald.Cli.Output;
using Herald.Fleet;
using Herald.Storage;

namespace Herald.Cli.Commands;

/// <summary><c>herald status</c>: the fleet at a glance: queue depth, workers, dead letters, archive count and rates.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var broker = FleetOptions.BrokerUrl();
        var queue = FleetOptions.Queue();
        var db = ArchiveOptions.Db();
        var interval = new Option<double>("--interval")
        {
            Description = "Seconds between the two readings the rates come from; 0 for no rates.",
            DefaultValueFactory = _ => 2,
            Validators = { r => { if (r.GetValueOrDefault<double>() < 0) r.AddError("--interval must not be negative."); } },
        };
        var format = ArchiveOptions.Format();
        var command = new Command("status", "The fleet at a glance: messages waiting, workers connected, dead letters, articles archived, and the rates between two readings.")
        {
            broker, queue, db, interval, format,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var url = parse.GetRequiredValue(broker);
            var name = parse.GetRequiredValue(queue);
            var seconds = parse.GetValue(interval);
            return FleetOptions.RunAsync(url, async () =>
            {
                var target = parse.GetRequiredValue(db);
                var before = await FleetStatus.ReadAsync(url, name, cancellationToken).ConfigureAwait(false);
                var stored = Archived(target);
                var rows = new List<object?[]>
                {
                    new object?[] { "queue", name },
                    new object?[] { "messages waiting", before.Ready },
                    new object?[] { "workers connected", before.Workers },
                    new object?[] { "dead letters", before.DeadLetters },
                    new object?[] { "archive", Archives.Redact(target) },
                    new object?[] { "articles archived", stored },
                };
                if (seconds > 0)
                {
                    await Task.Delay(TimeSpan.FromSeconds(seconds), cancellationToken).ConfigureAwait(false);
                    var after = await FleetStatus.ReadAsync(url, name, cancellationToken).ConfigureAwait(false);
                    rows.Add(["queue rate (messages/s)", Rate(after.Ready - before.Ready, seconds)]);
                    rows.Add(["archive rate (articles/s)", Rate(Archived(target) - stored, seconds)]);
                }
                ResultWriter.Write(new Storage.QueryResult(["what", "value"], rows), parse.GetRequiredValue(format), Console.Out);
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static long Archived(string target)
    {
        long count = 0;
        ArchiveOptions.Run(target, create: false, archive =>
        {
            count = archive.ArticleCount();
            return ExitCodes.Success;
        });
        return count;
    }

    private static double Rate(long change, double seconds) => Math.Round(change / seconds, 1, MidpointRounding.AwayFromZero);
}
