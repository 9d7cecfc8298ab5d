using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json.Nodes;
using Herald.Sources;
using Herald.Storage;
using Herald.Storage.Ingest;
using Herald.Tests.Archive;
using Herald.Tests.Support;
using Npgsql;
using Xunit.Abstractions;

namespace Herald.Tests.Fleet;

/// <summary>
/// The fleet's fault test, through the real commands: 2,000 BBC articles queued, three worker processes, one
/// killed with SIGKILL mid-way, another's broker connection cut (reset through a relay) mid-way, one poison
/// message. At the end the archive holds the 1,999 good articles each once, the poison message is a dead
/// letter with its reason, and the work queue is empty. Needs HERALD_TEST_RABBITMQ and HERALD_TEST_POSTGRES.
/// </summary>
public sealed class FleetFaultTests(ITestOutputHelper output) : IDisposable
{
    private const int Articles = 2000;
    private const int PoisonAt = 1000;
    private const int MaxMessageBytes = 100_000;
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(20);
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [SkippableFact]
    public async Task Killed_and_cut_off_workers_archive_every_good_article_once_and_dead_letter_the_poison()
    {
        var corpus = SharedData.Require("corpora/bbc.jsonl.gz");
        await using var broker = TestBroker.Require();
        using var db = ArchiveTarget.Create("postgres");
        var (input, good, poisonHash) = WriteInput(corpus);
        var clock = Stopwatch.StartNew();

        var enqueue = HeraldProcess.Run(["enqueue", input, "--broker", broker.Url, "--queue", broker.Queue], timeoutSeconds: 300);
        Assert.True(enqueue.ExitCode == 0, enqueue.Stderr);
        Assert.Contains($"queued {Articles:N0} articles", enqueue.Stderr, StringComparison.Ordinal);

        using var proxy = new TcpProxy(new Uri(broker.Url).Port);
        var viaProxy = new UriBuilder(broker.Url) { Port = proxy.Port }.Uri.ToString();
        string[] Worker(string url) => ["worker", "--broker", url, "--queue", broker.Queue, "--db", db.Target, "--concurrency", "1", "--prefetch", "8", "--max-message-bytes", MaxMessageBytes.ToString(CultureInfo.InvariantCulture)];
        using var killed = new RunningHerald(Worker(broker.Url));
        using var cut = new RunningHerald(Worker(viaProxy));
        using var steady = new RunningHerald(Worker(broker.Url));
        using var archive = db.Open();

        await WaitFor(() => archive.ArticleCount() >= Articles / 5, "a fifth of the articles archived", killed, cut, steady);
        killed.Kill();
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F0} s: killed worker 1 at {archive.ArticleCount()} articles");

        await WaitFor(() => archive.ArticleCount() >= Articles * 2 / 5, "two fifths of the articles archived", cut, steady);
        proxy.DropAll();
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F0} s: cut worker 2's connection at {archive.ArticleCount()} articles");
        await WaitFor(() => cut.Stderr.Contains("reconnected", StringComparison.Ordinal), "worker 2 to reconnect", cut, steady);

        await WaitFor(() => archive.ArticleCount() >= Articles - 1, "every good article archived", cut, steady);
        await WaitFor(() => broker.StatusAsync().Result is { Ready: 0, DeadLetters: 1 }, "an empty queue and one dead letter", cut, steady);
        Assert.Equal(0, cut.Terminate(120));
        Assert.Equal(0, steady.Terminate(120));
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F0} s: done\nworker 2:\n{cut.Stderr}\nworker 3:\n{steady.Stderr}");

        Assert.Contains("herald worker: stopped;", steady.Stderr, StringComparison.Ordinal);
        Assert.True(proxy.Accepted >= 2, "worker 2 did not connect again after its connection was cut");
        var status = await broker.StatusAsync();
        Assert.Equal((0L, 0L), (status.Ready, status.Workers));
        var keys = StoredKeys(db.Target);
        Assert.Equal(good.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
        var dead = Assert.Single(await broker.DeadLettersAsync());
        Assert.Equal(poisonHash, dead.MessageId);
        Assert.StartsWith("too large:", dead.Reason, StringComparison.Ordinal);
    }

    // The first 2,000 distinct BBC articles (by content hash) as JSONL; number PoisonAt made too large to analyse.
    private (string Path, List<string> GoodKeys, string PoisonHash) WriteInput(string corpus)
    {
        var lines = new List<string>();
        var good = new List<string>();
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(corpus), CompressionMode.Decompress)))
        {
            while (lines.Count < Articles && reader.ReadLine() is { } line)
            {
                if (hashes.Add(HashOf(line)))
                    lines.Add(line);
            }
        }
        Assert.Equal(Articles, lines.Count);
        var poison = JsonNode.Parse(lines[PoisonAt])!.AsObject();
        poison["text"] = poison["text"]!.GetValue<string>() + string.Concat(Enumerable.Repeat("\n\nThe same paragraph again, to make the record too large.", MaxMessageBytes / 40));
        lines[PoisonAt] = poison.ToJsonString();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i != PoisonAt)
                good.Add(JsonNode.Parse(lines[i])!["id"]!.GetValue<string>());
        }
        return (_dir.File("bbc-2000.jsonl", string.Join('\n', lines) + "\n"), good, HashOf(lines[PoisonAt]));
    }

    private string HashOf(string jsonLine) => ContentHashes.Of(TempDir.Single(_dir.File("one.jsonl", jsonLine + "\n")));

    private static List<string> StoredKeys(string target)
    {
        using var connection = new NpgsqlConnection(target);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT key FROM articles", connection);
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
            keys.Add(reader.GetString(0));
        return keys;
    }

    private static async Task WaitFor(Func<bool> condition, string what, params RunningHerald[] workers)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Deadline)
                throw new TimeoutException($"waited {Deadline.TotalMinutes} min for {what}:\n{string.Join("\n---\n", workers.Select(w => w.Stderr))}");
            if (workers.FirstOrDefault(w => w.HasExited) is { } gone)
                throw new InvalidOperationException($"a worker exited while waiting for {what}:\n{gone.Stderr}");
            await Task.Delay(500);
        }
    }
}
