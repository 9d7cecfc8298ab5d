using System.Globalization;
using System.Text.Json.Nodes;
using Herald.Analysis;
using Herald.Sources;
using Herald.Storage;
using Herald.Storage.Queries;
using Herald.Storage.Ingest;
using Herald.Storage.Schema;
using Herald.Tests.Support;

namespace Herald.Tests.Archive;

/// <summary>Ingest in process, with the light engine (tokens and sentences): idempotence, bad input, near copies.</summary>
public sealed class IngestTests : IDisposable
{
    private static readonly Lazy<HeraldEngine> s_engine = new(() => HeraldEngine.CreateDefault("sentences"));
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Db => _dir.PathOf("archive.db");

    private List<IngestItem> Ingest(params string[] paths) => Ingest(s_engine.Value, paths);

    private List<IngestItem> Ingest(HeraldEngine engine, params string[] paths)
    {
        using var archive = Archives.Open(Db);
        var items = new List<IngestItem>();
        new Ingester(archive, engine, new BatchOptions { Parallelism = 2 }) { BatchSize = 3 }.Run(ArticleSources.ReadAll(paths), items.Add);
        return items;
    }

    // The chosen columns of every stored article, in archive order.
    private List<object?[]> Articles(string columns)
    {
        using var archive = Archives.Open(Db);
        var names = ArchiveTables.Articles.Columns.Where(c => c.Exported).Select(c => c.Name).ToList();
        var wanted = columns.Split(',').Select(c => names.IndexOf(c)).ToArray();
        return [.. archive.Read(ArchiveTables.Articles).Select(r => wanted.Select(i => r[i]).ToArray())];
    }

    private static string Line(string id, string text, string source = "Test Wire") =>
        new JsonObject { ["id"] = id, ["title"] = "Title " + id, ["source"] = source, ["date"] = "2018-10-23", ["text"] = text }.ToJsonString();

    [Fact]
    public void Each_article_is_stored_once_and_a_second_run_skips_them_all()
    {
        var lines = Enumerable.Range(1, 6).Select(i => Line($"n{i}", $"Story number {i} says the talks went on for {i} hours.")).ToList();
        lines.Add(lines[2]); // the same article again, later in the same input
        var input = _dir.File("feed.jsonl", string.Join('\n', lines) + "\n");

        var first = Ingest(input);
        Assert.Equal(6, first.Count(i => i.Outcome == IngestOutcome.Stored));
        Assert.Equal(1, first.Count(i => i.Outcome == IngestOutcome.Skipped));
        var second = Ingest(input);
        Assert.Equal(7, second.Count(i => i.Outcome == IngestOutcome.Skipped));
        Assert.Equal(["n1", "n2", "n3", "n4", "n5", "n6"], Articles("key").Select(r => (string)r[0]!));
    }

    [Fact]
    public void Bad_input_is_reported_and_skipped_and_every_good_article_is_stored()
    {
        _dir.File("in/feed.jsonl", string.Join('\n',
            Line("g1", "The first good story is about a bridge."),
            "{\"id\": \"broken\", \"text\": ",
            "{\"id\": \"no-text\", \"title\": \"Nothing here\"}",
            Line("g2", "The second good story is about a tunnel.")) + "\n");
        _dir.File("in/empty.txt", []);
        _dir.File("in/noise.txt", [.. Enumerable.Range(0, 600).Select(i => (byte)(i * 37 % 256))]);
        _dir.File("in/good.txt", "A plain text story about the harbour reopening after repairs.");

        var items = Ingest(_dir.PathOf("in"));

        var failures = items.Where(i => i.Outcome == IngestOutcome.Failed).Select(i => i.Result.Error!).ToList();
        Assert.Equal(["H102", "H103", "H110", "H111"], failures.Select(e => e.Kind.Code).Order(StringComparer.Ordinal));
        Assert.All(failures, e => Assert.Contains("in", e.Input, StringComparison.Ordinal));
        Assert.Equal(3, items.Count(i => i.Outcome == IngestOutcome.Stored));
        var titles = Articles("title").Select(r => r[0] as string).ToList();
        Assert.Contains("Title g1", titles);
        Assert.Contains("Title g2", titles);
        Assert.Equal(3, titles.Count);
    }

    [SkippableFact]
    public void Copies_with_small_edits_join_their_originals_duplicate_group()
    {
        var corpus = SharedData.Require("corpora/allsides-10k.jsonl.gz");
        var originals = ArticleSources.Read(corpus).Select(i => i.Article!).Take(8).ToList();
        var random = new Random(12);
        var lines = originals.Select(a => Line(a.Info.Id!, a.Content, a.Info.Source ?? "Outlet")).ToList();
        foreach (var original in originals.Take(4))
        {
            // A wire copy: three words changed and a credit line added, under another outlet.
            var words = original.Content.Split(' ');
            for (var k = 0; k < 3; k++)
                words[random.Next(words.Length)] = "edited";
            lines.Add(Line(original.Info.Id + "-copy", string.Join(' ', words) + "\n(Reporting by a wire service.)", "Copy Desk"));
        }
        var input = _dir.File("copies.jsonl", string.Join('\n', lines) + "\n");

        Assert.Equal(12, Ingest(HeraldEngine.CreateDefault(), input).Count(i => i.Outcome == IngestOutcome.Stored));

        var groups = Articles("id,key,duplicate_group").ToDictionary(r => (string)r[1]!, r => (Id: Convert.ToInt64(r[0], CultureInfo.InvariantCulture), Group: Convert.ToInt64(r[2], CultureInfo.InvariantCulture)));
        foreach (var original in originals)
        {
            var (id, group) = groups[original.Info.Id!];
            Assert.Equal(id, group);
            if (groups.TryGetValue(original.Info.Id + "-copy", out var copy))
                Assert.Equal(id, copy.Group);
        }
        Assert.Equal(4, groups.Keys.Count(k => k.EndsWith("-copy", StringComparison.Ordinal)));

        // The pipeline codes the same events in an original and its copy: one event, mentioned in two articles of one story.
        using var archive = Archives.Open(Db);
        var events = archive.Events(new EventQuery { Limit = 100_000 });
        int Count(object?[] row, string column) => Convert.ToInt32(row[events.Columns.ToList().IndexOf(column)], CultureInfo.InvariantCulture);
        Assert.Contains(events.Rows, row => Count(row, "articles") == 2 && Count(row, "stories") == 1 && Count(row, "sources") == 2);
        Assert.All(events.Rows, row => Assert.True(Count(row, "stories") <= Count(row, "articles")));
    }
}
