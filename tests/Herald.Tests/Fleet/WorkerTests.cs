using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Herald.Analysis;
using Herald.Documents;
using Herald.Fleet;
using Herald.Pipeline;
using Herald.Sources;
using Herald.Storage;
using Herald.Tests.Support;
using RabbitMQ.Client;

namespace Herald.Tests.Fleet;

/// <summary>A worker in this process against the test RabbitMQ (HERALD_TEST_RABBITMQ) and a SQLite archive.</summary>
public sealed class WorkerTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    // Fails on a text that says "crash", as a bug in a stage would on some article.
    private sealed class CrashingStage : IStage
    {
        public string Name => "crash";

        public Layers Requires => Layers.None;

        public Layers Assigns => Layers.None;

        public void Process(Document document, CancellationToken cancellationToken = default)
        {
            if (document.Text.Contains("crash", StringComparison.Ordinal))
                throw new InvalidOperationException("the stage fell over");
        }
    }

    [SkippableFact]
    public async Task Failing_and_undecodable_messages_are_dead_lettered_with_their_reasons_and_a_second_enqueue_is_not_analysed_again()
    {
        await using var broker = TestBroker.Require();
        var input = _dir.File("feed.jsonl", string.Join('\n',
            Line("a", "The council of Riverton voted on Monday to fund a new bridge."),
            Line("b", "Prices in Leith rose by two per cent in May, the statistics office said."),
            Line("c", "The parser will crash on this article, whatever it does."),
            Line("a", "The council of Riverton voted on Monday to fund a new bridge.")) + "\n");
        var db = _dir.PathOf("archive.db");
        var engine = new HeraldEngine(HeraldEngine.DefaultStages().Add(new CrashingStage()).Build());
        var enqueuer = new Enqueuer(broker.Url, broker.Queue);
        Assert.Equal(new EnqueueSummary(3, 1), await enqueuer.RunAsync(ArticleSources.Read(input), e => Assert.Fail(e.Message), CancellationToken.None));
        var (connection, channel) = await broker.OpenAsync();
        await using (connection)
        await using (channel)
            await channel.BasicPublishAsync("", broker.Queue, true, new BasicProperties { MessageId = "garbled", Persistent = true }, Encoding.UTF8.GetBytes("{\"format\":"));

        var first = await RunUntilDrained(broker, engine, db, settled: 4, deadLetters: 2);
        Assert.Equal((2L, 0L, 2L), (first.StoredCount, first.SkippedCount, first.DeadLetteredCount));
        Assert.Equal(1, first.ReturnedCount); // the crashing one, once: its second attempt is the last
        var dead = (await broker.DeadLettersAsync()).ToDictionary(d => d.MessageId ?? "", d => d.Reason ?? "");
        Assert.StartsWith("undecodable: not a herald-article/1 message", dead["garbled"], StringComparison.Ordinal);
        var crashed = Assert.Single(dead, d => d.Key != "garbled").Value;
        Assert.Contains("error H200: analysis failed: InvalidOperationException: the stage fell over", crashed, StringComparison.Ordinal);
        Assert.EndsWith("failed 2 time(s)", crashed, StringComparison.Ordinal);

        // The same input again: the two archived articles are only acknowledged, not analysed or stored again.
        Assert.Equal(new EnqueueSummary(3, 1), await enqueuer.RunAsync(ArticleSources.Read(input), e => Assert.Fail(e.Message), CancellationToken.None));
        var second = await RunUntilDrained(broker, engine, db, settled: 3, deadLetters: 1);
        Assert.Equal((0L, 2L, 1L), (second.StoredCount, second.SkippedCount, second.DeadLetteredCount));
        using var archive = Archives.Open(db);
        Assert.Equal(2, archive.ArticleCount());
    }

    private static string Line(string id, string text) => new JsonObject { ["id"] = id, ["title"] = id.ToUpperInvariant(), ["date"] = "2019-05-06", ["text"] = text }.ToJsonString();

    // Runs a worker until it has settled that many messages for good and the dead-letter queue holds deadLetters, then stops it as SIGTERM would.
    private static async Task<WorkerCounts> RunUntilDrained(TestBroker broker, HeraldEngine engine, string db, int settled, int deadLetters)
    {
        var options = new WorkerOptions { BrokerUrl = broker.Url, Queue = broker.Queue, Concurrency = 2, MaxAttempts = 2, BatchTime = TimeSpan.FromMilliseconds(100) };
        var worker = new Worker(options, engine, () => Archives.Open(db), TextWriter.Null);
        using var stop = new CancellationTokenSource();
        var running = worker.RunAsync(stop.Token);
        var clock = Stopwatch.StartNew();
        while (await broker.StatusAsync() is var status && (status.Ready > 0 || status.DeadLetters < deadLetters || worker.Counts.StoredCount + worker.Counts.SkippedCount + worker.Counts.DeadLetteredCount < settled))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), $"the worker did not drain the queue: {worker.Counts}");
            Assert.False(running.IsCompleted, "the worker stopped by itself");
            await Task.Delay(200);
        }
        await stop.CancelAsync();
        await running;
        return worker.Counts;
    }
}
