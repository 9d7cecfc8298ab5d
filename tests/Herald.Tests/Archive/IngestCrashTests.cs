using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Herald.Storage;
using Herald.Storage.Schema;
using Herald.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Herald.Tests.Archive;

/// <summary>
/// The crash test at small scale, through the real command: <c>herald ingest</c> is killed (SIGKILL) at random
/// points and run again until it finishes; the archive then holds every input article exactly once.
/// </summary>
public sealed class IngestCrashTests : IDisposable
{
    private const int Articles = 240;
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Killed_ingests_rerun_to_exactly_the_input_articles_each_once()
    {
        var input = _dir.File("feed.jsonl", string.Join('\n', Enumerable.Range(1, Articles).Select(Article)) + "\n");
        var db = _dir.PathOf("archive.db");
        var random = new Random(2024);
        var kills = 0;
        for (var round = 0; round < 3; round++)
            kills += RunAndKill(input, db, random) ? 1 : 0;
        Assert.True(kills > 0, "every run finished before it could be killed; the test needs a larger input");

        var final = HeraldProcess.Run(["ingest", input, "--db", db], timeoutSeconds: 300);
        Assert.Equal(0, final.ExitCode);
        Assert.Contains("failed 0", final.Stderr, StringComparison.Ordinal);

        using var archive = Archives.Open(db);
        var names = ArchiveTables.Articles.Columns.Where(c => c.Exported).Select(c => c.Name).ToList();
        var rows = archive.Read(ArchiveTables.Articles).ToList();
        var keys = rows.Select(r => (string)r[names.IndexOf("key")]!).ToList();
        Assert.Equal(Enumerable.Range(1, Articles).Select(Key).Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
        Assert.Equal(Articles, rows.Select(r => r[names.IndexOf("content_hash")]).Distinct().Count());
        // Every stored article has its layers: none was half-written.
        Assert.Equal(Articles, archive.Read(ArchiveTables.Sentences).Select(r => r[0]).Distinct().Count());
    }

    private static string Key(int i) => "crash-" + i.ToString("D3", CultureInfo.InvariantCulture);

    private static string Article(int i) => new JsonObject
    {
        ["id"] = Key(i),
        ["title"] = $"Council vote number {i}",
        ["source"] = i % 2 == 0 ? "Morning Ledger" : "Evening Courier",
        ["date"] = "2019-03-" + (1 + i % 28).ToString("D2", CultureInfo.InvariantCulture),
        ["text"] = $"The city council of Riverton voted {i} to {Articles - i} on Monday to fund a new bridge over the river. " +
            $"Mayor Ana Lopez said the project would take {i % 5 + 2} years. \"We have waited long enough,\" she said. " +
            $"Opponents, led by councillor John Park, argued that the {i} million dollars should go to schools instead.",
    }.ToJsonString();

    // Starts an ingest, waits until it has committed more articles than before, then kills it a random
    // moment later (mid-analysis or mid-commit). False when the run finished first.
    private static bool RunAndKill(string input, string db, Random random)
    {
        var before = Stored(db);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { HeraldProcess.Dll, "ingest", input, "--db", db })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited && Stored(db) <= before && deadline.Elapsed < TimeSpan.FromMinutes(2))
            Thread.Sleep(50);
        Thread.Sleep(random.Next(0, 1500));
        var killed = !process.HasExited;
        if (killed)
            process.Kill(entireProcessTree: true); // SIGKILL: no clean-up runs
        process.WaitForExit();
        _ = (stderr.Result, stdout.Result);
        return killed;
    }

    // Articles committed so far, read beside the running ingest (WAL lets a reader in); 0 before the schema exists.
    private static long Stored(string db)
    {
        if (!File.Exists(db))
            return 0;
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var count = new SqliteCommand("SELECT count(*) FROM articles", connection);
            return (long)count.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0;
        }
    }
}
