using System.Diagnostics;
using System.Threading.Channels;
using Herald.Analysis;
using Herald.Errors;
using Herald.Sources;
using Herald.Storage;
using Herald.Storage.Ingest;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Herald.Fleet;

/// <summary>
/// A stateless fleet worker: takes articles from the work queue (manual acknowledgement, bounded prefetch),
/// analyses them with the full pipeline on <see cref="WorkerOptions.Concurrency"/> threads, stores them in the
/// shared archive in batched transactions, and acknowledges each message only after its transaction committed.
/// A message that cannot be analysed is dead-lettered with its reason; stopping returns or finishes what is in flight.
/// </summary>
/// <param name="options">Queue, threads and limits.</param>
/// <param name="engine">The analysis.</param>
/// <param name="openArchive">Opens a connection to the shared archive; called again after a failed write.</param>
/// <param name="log">Where progress and problems are reported, one line each.</param>
public sealed class Worker(WorkerOptions options, HeraldEngine engine, Func<Archive> openArchive, TextWriter log)
{
    private readonly WorkerCounts _counts = new();
    private readonly ArchiveLookup _lookup = new(openArchive);

    /// <summary>What this worker has done so far.</summary>
    public WorkerCounts Counts => _counts;

    /// <summary>Consumes until <paramref name="stop"/> is cancelled, then finishes the articles in analysis, commits them and returns the rest to the queue.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(openArchive);
        await using var connection = await Broker.Factory(options.BrokerUrl, "herald worker").CreateConnectionAsync(stop).ConfigureAwait(false);
        connection.ConnectionShutdownAsync += (_, e) =>
        {
            if (e.Initiator != ShutdownInitiator.Application)
                Log($"connection lost ({e.ReplyText}); reconnecting");
            return Task.CompletedTask;
        };
        connection.RecoverySucceededAsync += (_, _) =>
        {
            Log("reconnected; consuming again");
            return Task.CompletedTask;
        };
        await using var channel = await connection.CreateChannelAsync(cancellationToken: stop).ConfigureAwait(false);
        await using var deadChannel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), stop).ConfigureAwait(false);
        await Broker.DeclareAsync(channel, options.Queue, stop).ConfigureAwait(false);
        await channel.BasicQosAsync(0, (ushort)Math.Clamp(options.Prefetch, 1, ushort.MaxValue), global: false, stop).ConfigureAwait(false);
        using var settle = new Deliveries(channel, deadChannel, options.Queue, log);

        var received = Channel.CreateUnbounded<Delivery>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = true });
        var analysed = Channel.CreateUnbounded<(Delivery Delivery, string Hash, AnalysedArticle Article)>(new UnboundedChannelOptions { SingleReader = true });
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, e) =>
        {
            var delivery = new Delivery(e.DeliveryTag, e.Body.ToArray(), Broker.Attempt(e.BasicProperties), new BasicProperties(e.BasicProperties));
            if (!received.Writer.TryWrite(delivery))
                await settle.ReturnAsync(delivery).ConfigureAwait(false); // stopping: not taken
        };
        var tag = await channel.BasicConsumeAsync(options.Queue, autoAck: false, consumer, stop).ConfigureAwait(false);
        Log($"consuming {options.Queue} at {Broker.Redact(options.BrokerUrl)} on {options.Concurrency} thread(s), prefetch {options.Prefetch}");

        var analysers = Enumerable.Range(0, options.Concurrency)
            .Select(_ => Task.Run(() => AnalyseAsync(received.Reader, analysed.Writer, settle, stop), CancellationToken.None)).ToArray();
        var writer = Task.Run(() => WriteAsync(analysed.Reader, settle), CancellationToken.None);
        using var reports = new Timer(_ => Log(_counts.ToString()), null, options.ReportEvery, options.ReportEvery);

        await Task.Delay(Timeout.Infinite, stop).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        Log("stopping: finishing the articles in analysis, returning the rest to the queue");
        try
        {
            await channel.BasicCancelAsync(tag, noWait: false, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // a consumer that cannot be cancelled (connection down) delivers nothing more anyway
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log($"could not cancel the consumer ({Broker.Brief(exception)})");
        }
        received.Writer.TryComplete();
        await Task.WhenAll(analysers).ConfigureAwait(false);
        analysed.Writer.TryComplete();
        await writer.ConfigureAwait(false);
        _lookup.Dispose();
        Log($"stopped; {_counts}");
    }

    private async Task AnalyseAsync(ChannelReader<Delivery> received, ChannelWriter<(Delivery, string, AnalysedArticle)> analysed, Deliveries settle, CancellationToken stop)
    {
        await foreach (var delivery in received.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            if (stop.IsCancellationRequested)
            {
                _counts.Returned();
                await settle.ReturnAsync(delivery).ConfigureAwait(false);
                continue;
            }
            var outcome = Analyse(delivery);
            switch (outcome)
            {
                case { Article: { } article }:
                    await analysed.WriteAsync((delivery, outcome.Hash!, article), CancellationToken.None).ConfigureAwait(false);
                    break;
                case { DeadReason: { } reason }:
                    _counts.DeadLettered();
                    await settle.DeadLetterAsync(delivery, reason).ConfigureAwait(false);
                    break;
                case { Retry: true }:
                    _counts.Returned();
                    await settle.ReturnAsync(delivery).ConfigureAwait(false);
                    break;
                default:
                    _counts.Skipped();
                    await settle.AckAsync(delivery).ConfigureAwait(false);
                    break;
            }
        }
    }

    private Outcome Analyse(Delivery delivery)
    {
        if (delivery.Body.Length > options.MaxMessageBytes)
            return Outcome.Dead($"too large: {delivery.Body.Length:N0} bytes, over the worker's limit of {options.MaxMessageBytes:N0} (--max-message-bytes)");
        RawArticle article;
        try
        {
            article = ArticleMessages.Decode(delivery.Body);
        }
        catch (FormatException exception)
        {
            return Outcome.Dead($"undecodable: {exception.Message}");
        }
        var hash = ContentHashes.Of(article);
        if (_lookup.Holds(hash))
            return new Outcome(hash, null, null, false);
        try
        {
            var document = engine.Analyze(article);
            return new Outcome(hash, AnalysedArticle.Of(document, article.Origin, article.Warnings), null, false);
        }
        catch (HeraldException exception)
        {
            // Bad input fails the same way every time: no point in another attempt.
            return Outcome.Dead(exception.Error.Message);
        }
#pragma warning disable CA1031 // any other failure is a poison message (or a passing fault): retried, then dead-lettered with its reason
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var reason = new HeraldError(ErrorCatalog.AnalysisFailed, article.Origin.ToString(), $"{exception.GetType().Name}: {exception.Message}").Message;
            if (delivery.Attempt >= options.MaxAttempts)
                return Outcome.Dead($"{reason}; failed {delivery.Attempt} time(s)");
            Log($"attempt {delivery.Attempt} of {options.MaxAttempts} failed, returning it to the queue: {reason}");
            return new Outcome(hash, null, null, true);
        }
    }

    // Commits analysed articles in batches (up to BatchSize, waiting at most BatchTime for more), then acknowledges them.
    private async Task WriteAsync(ChannelReader<(Delivery Delivery, string Hash, AnalysedArticle Article)> analysed, Deliveries settle)
    {
        var batch = new List<(Delivery Delivery, string Hash, AnalysedArticle Article)>();
        SharedWriter? writer = null;
        Archive? archive = null;
        while (await analysed.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            batch.Clear();
            var deadline = DateTime.UtcNow + options.BatchTime;
            while (batch.Count < options.BatchSize)
            {
                while (batch.Count < options.BatchSize && analysed.TryRead(out var item))
                    batch.Add(item);
                var left = deadline - DateTime.UtcNow;
                if (batch.Count >= options.BatchSize || left <= TimeSpan.Zero)
                    break;
                using var wait = new CancellationTokenSource(left);
                try
                {
                    if (!await analysed.WaitToReadAsync(wait.Token).ConfigureAwait(false))
                        break;
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
            try
            {
                archive ??= openArchive();
                writer ??= new SharedWriter(archive);
                var clock = Stopwatch.StartNew();
                var stored = writer.Store(batch.Select(b => (b.Hash, b.Article)).ToList());
                _counts.Wrote(clock.Elapsed);
                for (var i = 0; i < batch.Count; i++)
                {
                    if (stored[i])
                        _counts.Stored();
                    else
                        _counts.Skipped();
                    await settle.AckAsync(batch[i].Delivery).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (ArchiveLookup.IsDatabaseFailure(exception))
            {
                Log($"archive write failed ({exception.Message}); returning {batch.Count} message(s) to the queue and reconnecting");
                archive?.Dispose();
                archive = null;
                writer = null;
                foreach (var item in batch)
                {
                    _counts.Returned();
                    await settle.ReturnAsync(item.Delivery).ConfigureAwait(false);
                }
                await Task.Delay(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            }
        }
        archive?.Dispose();
    }

    private void Log(string message) => log.WriteLine($"herald worker: {message}");

    private sealed record Outcome(string? Hash, AnalysedArticle? Article, string? DeadReason, bool Retry)
    {
        public static Outcome Dead(string reason) => new(null, null, reason, false);
    }
}
