using System.Text;
using Herald.Errors;
using Herald.Sources;

using Herald.Tests.Support;

namespace Herald.Tests.Sources;

public sealed class GzipTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Records(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"{{\"id\":\"r{i}\",\"text\":\"Article number {i} about {i * 7919 % 1000} things.\"}}\n"));

    [Fact]
    public void A_jsonl_gz_file_is_decompressed()
    {
        var path = _dir.GzipFile("feed.jsonl.gz", Records(500));

        var items = TempDir.Read(path);

        Assert.Equal(500, items.Count);
        Assert.All(items, i => Assert.Null(i.Error));
        Assert.Equal(new Origin(path, 500, "r500"), items[^1].Article!.Origin);
    }

    [Fact]
    public void A_truncated_jsonl_gz_gives_the_good_records_then_H105_once()
    {
        var full = TempDir.Gzip(Encoding.UTF8.GetBytes(Records(20_000)));
        var path = _dir.File("cut.ndjson.gz", full[..(full.Length / 2)]);

        var items = TempDir.Read(path);

        var errors = items.Where(i => i.Error is not null).ToList();
        var error = Assert.Single(errors);
        Assert.Equal(ErrorCatalog.CorruptArchive, error.Error!.Kind);
        Assert.Equal(path, error.Error.Input);
        Assert.Same(error.Error, items[^1].Error);
        var good = items.Take(items.Count - 1).Select(i => i.Article!).ToList();
        Assert.True(good.Count > 1000, $"only {good.Count} records before the error");
        Assert.Equal(Enumerable.Range(1, good.Count).Select(i => $"r{i}"), good.Select(a => a.Info.Id));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(8)]
    public void A_gzip_file_missing_only_its_trailer_is_H105(int cut)
    {
        var full = TempDir.Gzip(Encoding.UTF8.GetBytes(Records(3)));
        var path = _dir.File("cut.jsonl.gz", full[..^cut]);

        var items = TempDir.Read(path);

        Assert.Equal(4, items.Count);
        Assert.Equal(ErrorCatalog.CorruptArchive, items[3].Error!.Kind);
    }

    [Fact]
    public void A_corrupt_gzip_is_H105()
    {
        var bytes = TempDir.Gzip(Encoding.UTF8.GetBytes(Records(2000)));
        for (var i = bytes.Length / 2; i < (bytes.Length / 2) + 16; i++)
        {
            bytes[i] ^= 0x5A;
        }

        var path = _dir.File("bad.jsonl.gz", bytes);

        var items = TempDir.Read(path);

        // Corruption shows for sure only at the member's checksum, so garbage lines before it may fail as H110.
        Assert.Equal(ErrorCatalog.CorruptArchive, items[^1].Error!.Kind);
        Assert.Single(items, i => i.Error?.Kind == ErrorCatalog.CorruptArchive);
        Assert.All(items.Where(i => i.Error is not null).SkipLast(1), i => Assert.StartsWith("H11", i.Error!.Kind.Code, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"r{i}"), items.Take(100).Select(i => i.Article!.Info.Id));
    }

    [Fact]
    public void A_file_named_gz_that_is_not_gzip_is_H105()
    {
        var path = _dir.File("plain.jsonl.gz", "{\"text\":\"x\"}\n");

        var error = TempDir.SingleError(path);

        Assert.Equal(ErrorCatalog.CorruptArchive, error.Kind);
        Assert.Equal("not in gzip format", error.Detail);
    }

    [Fact]
    public void Concatenated_gzip_members_are_all_read()
    {
        byte[] bytes = [.. TempDir.Gzip(Encoding.UTF8.GetBytes(Records(3))), .. TempDir.Gzip("{\"text\":\"tail\"}\n"u8.ToArray()), .. TempDir.Gzip([])];
        var path = _dir.File("multi.jsonl.gz", bytes);

        var items = TempDir.Read(path);

        Assert.Equal(4, items.Count);
        Assert.All(items, i => Assert.Null(i.Error));
        Assert.Equal("tail", items[3].Article!.Content);
    }

    [Fact]
    public void Decompression_survives_every_buffer_boundary()
    {
        var text = Records(300);
        var gz = TempDir.Gzip(Encoding.UTF8.GetBytes(text));
        byte[] bytes = [.. gz, .. gz];

        var items = ArticleSources.Read(new TrickleStream(bytes, 5), "t.jsonl.gz").ToList();

        Assert.Equal(600, items.Count);
        Assert.All(items, i => Assert.Null(i.Error));
    }
}
