using Herald.Sources;
using Herald.Storage;
using Herald.Storage.Ingest;
using Herald.Storage.Schema;
using Herald.Tests.Support;

namespace Herald.Tests.Archive;

/// <summary>Two writers on two connections to one archive, as two fleet workers: ids, duplicates and near copies stay right.</summary>
public sealed class SharedWriterTests : IDisposable
{
    private const string Story = "The city council of Riverton voted on Monday to fund a new bridge over the river, after a debate that " +
        "lasted most of the night. Mayor Ana Lopez said the project would take three years and create hundreds of jobs. " +
        "Opponents, led by councillor John Park, argued that the money should go to the schools instead.";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Interleaved_writers_store_each_hash_once_with_consecutive_ids_and_shared_duplicate_groups()
    {
        var path = _dir.PathOf("shared.db");
        using var first = Archives.Open(path);
        using var second = Archives.Open(path);
        var a = new SharedWriter(first);
        var b = new SharedWriter(second);

        Assert.Equal([true, true], a.Store([Article("h1", Story), Article("h2", "A storm closed the port of Leith for two days.")]));
        // h2 again (another worker took a redelivered copy), a new article, and a near copy of h1 that a stored.
        Assert.Equal([false, true, true, false], b.Store([Article("h2", "A storm closed the port of Leith for two days."), Article("h3", "Prices rose by two per cent in May."),
            Article("h4", Story.Replace("three years", "four years", StringComparison.Ordinal) + " Reporting by Staff."), Article("h3", "Prices rose by two per cent in May.")]));
        Assert.Equal([true], a.Store([Article("h5", Story + " The vote was close.")]));

        var columns = ArchiveTables.Articles.Columns.Where(c => c.Exported).Select(c => c.Name).ToList();
        var rows = first.Read(ArchiveTables.Articles).Select(r => (Id: Convert.ToInt64(r[columns.IndexOf("id")]), Hash: (string)r[columns.IndexOf("content_hash")]!, Group: Convert.ToInt64(r[columns.IndexOf("duplicate_group")]))).ToList();
        Assert.Equal([(1L, "h1", 1L), (2L, "h2", 2L), (3L, "h3", 3L), (4L, "h4", 1L), (5L, "h5", 1L)], rows);
    }

    private static (string, AnalysedArticle) Article(string hash, string text)
    {
        var origin = new Origin("test.jsonl", 1, hash);
        return (hash, AnalysedArticle.Of(DefaultEngine.Analyze(text), origin, []));
    }
}
