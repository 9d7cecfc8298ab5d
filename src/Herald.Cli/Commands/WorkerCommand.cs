using System.CommandLine;
using System.Runtime.InteropServices;
using Herald.Analysis;
using Herald.Fleet;
using Herald.Storage;

namespace Herald.Cli.Commands;

/// <summary><c>herald worker</c>: a fleet worker, analysing queued articles into the shared archive until stopped.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var broker = FleetOptions.BrokerUrl();
        var queue = FleetOptions.Queue();
        var db = ArchiveOptions.Db();
        var defaults = new WorkerOptions { BrokerUrl = "" };
        var concurrency = Positive("--concurrency", "Articles analysed at once (default: all cores).", defaults.Concurrency);
        var prefetch = Positive("--prefetch", "Unacknowledged messages held at most: in analysis and waiting for their commit.", defaults.Prefetch);
        var attempts = Positive("--max-attempts", "Deliveries of a message whose analysis fails before it goes to the dead-letter queue.", defaults.MaxAttempts);
        var maxBytes = Positive("--max-message-bytes", "The largest message analysed; a larger one goes to the dead-letter queue at once.", defaults.MaxMessageBytes);
        var command = new Command("worker", "Analyse queued articles into the archive until stopped (SIGTERM or Ctrl-C: finishes the articles in analysis, returns the rest). Run one per machine; all share one RabbitMQ and one PostgreSQL.")
        {
            broker, queue, db, concurrency, prefetch, attempts, maxBytes,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var target = parse.GetRequiredValue(db);
            ArchiveOptions.Run(target, create: true, _ => ExitCodes.Success); // fails early, clearly, on a bad --db
            var options = new WorkerOptions
            {
                BrokerUrl = parse.GetRequiredValue(broker),
                Queue = parse.GetRequiredValue(queue),
                Concurrency = parse.GetValue(concurrency),
                Prefetch = parse.GetValue(prefetch),
                MaxAttempts = parse.GetValue(attempts),
                MaxMessageBytes = parse.GetValue(maxBytes),
            };
            return FleetOptions.RunAsync(options.BrokerUrl, async () =>
            {
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
                {
                    signal.Cancel = true;
                    stop.Cancel();
                });
                var worker = new Worker(options, HeraldEngine.CreateDefault(), () => Archives.Open(target), Console.Error);
                await worker.RunAsync(stop.Token).ConfigureAwait(false);
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Option<int> Positive(string name, string description, int defaultValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        Validators = { r => { if (r.GetValueOrDefault<int>() < 1) r.AddError($"{name} must be at least 1."); } },
    };
}
