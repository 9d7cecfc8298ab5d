using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Herald.Storage;
using Herald.Storage.Queries;

namespace Herald.Benchmarks;

/// <summary>
/// Search latency over a built archive: one full-text query as <c>herald search</c> runs it once the archive
/// is open (ranking, snippets, top 20), per query of a fixed set and per backend, with the 95th percentile.
/// The archives come from the environment: HERALD_BENCH_SQLITE (a file made by
/// <c>herald ingest ../shared/data/corpora/allsides-10k.jsonl.gz --db FILE</c>) and/or HERALD_BENCH_POSTGRES
/// (a postgres:// URL ingested the same way).
/// Run: <c>HERALD_BENCH_SQLITE=allsides.db dotnet run -c Release --project bench/Herald.Benchmarks -- --filter '*SearchBenchmarks*'</c>.
/// </summary>
[Config(typeof(PercentileConfig))]
[SimpleJob(warmupCount: 2, iterationCount: 12)]
public class SearchBenchmarks
{
    private IArchive? _archive;

    /// <summary>The archive searched: sqlite or postgres, those whose variable is set.</summary>
    [ParamsSource(nameof(Backends))]
    public string Backend { get; set; } = "";

    /// <summary>The query.</summary>
    [ParamsSource(nameof(Queries))]
    public NamedQuery Query { get; set; } = null!;

    public static IEnumerable<string> Backends() =>
        new[] { ("sqlite", "HERALD_BENCH_SQLITE"), ("postgres", "HERALD_BENCH_POSTGRES") }
            .Where(b => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(b.Item2))).Select(b => b.Item1);

    /// <summary>
    /// News searches of every shape: frequent and rare single words, two and three words (all required),
    /// phrases, OR, an exclusion, and date and publisher filters.
    /// </summary>
    public static IEnumerable<NamedQuery> Queries() =>
    [
        new("trump"), new("election"), new("immigration"), new("economy"), new("police"),
        new("filibuster"), new("tariffs"), new("vaccine"), new("impeachment"), new("hurricane"),
        new("health care"), new("supreme court"), new("climate change"), new("gun control"), new("border wall"),
        new("federal reserve interest rates"),
        new("\"white house\""), new("\"north korea\""), new("\"tax reform\""),
        new("obamacare OR aca"), new("russia -trump"),
        new("trump", From: "2016-01-01", To: "2016-12-31"), new("election", Source: "cnn"), new("senate vote", From: "2018-01-01"),
    ];

    [GlobalSetup]
    public void Setup()
    {
        var target = Environment.GetEnvironmentVariable(Backend == "sqlite" ? "HERALD_BENCH_SQLITE" : "HERALD_BENCH_POSTGRES")!;
        _archive = Archives.Open(target);
    }

    [GlobalCleanup]
    public void Cleanup() => _archive?.Dispose();

    /// <summary>One search, top 20 with snippets.</summary>
    [Benchmark]
    public int Search() => _archive!.Search(Query.ToSearch()).Rows.Count;

    /// <summary>A query with a readable name for the results table.</summary>
    public sealed record NamedQuery(string Text, string? From = null, string? To = null, string? Source = null)
    {
        public SearchQuery ToSearch() => new(Text, From, To, Source);

        public override string ToString() =>
            Text + (From is null ? "" : $" from {From}") + (To is null ? "" : $" to {To}") + (Source is null ? "" : $" source {Source}");
    }

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig() => AddColumn(StatisticColumn.P95);
    }
}
