using System.Text;
using Herald.Errors;
using Herald.Sources;
using Herald.Tests.Support;

namespace Herald.Tests.Sources;

public sealed class WarcTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static byte[][] Crawl() =>
    [
        WarcFiles.Record("warcinfo", "info", "software: test\r\n"u8.ToArray(), contentType: "application/warc-fields"),
        WarcFiles.Record("request", "req", "GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n"u8.ToArray(), "https://example.org/a", "application/http; msgtype=request"),
        WarcFiles.Response("one", "https://example.org/a", WarcFiles.Html("First", "Ports reopened on Monday.")),
        WarcFiles.Record("metadata", "meta", "via: x\r\n"u8.ToArray(), "https://example.org/a", "application/warc-fields"),
        WarcFiles.Response("png", "https://example.org/logo.png", [0x89, 0x50, 0x4E, 0x47], "Content-Type: image/png"),
        WarcFiles.Response("missing", "https://example.org/gone", WarcFiles.Html("Gone", "Not here."), status: "404 Not Found"),
        WarcFiles.Response("two", "https://example.org/b", WarcFiles.Html("Second", "Talks resumed on Tuesday.")),
    ];

    [Theory]
    [InlineData("crawl.warc")]
    [InlineData("crawl.warc.gz")]
    public void Html_responses_become_articles_with_url_and_fetch_date_and_the_rest_is_counted(string name)
    {
        var records = Crawl();
        var path = _dir.File(name, name.EndsWith(".gz", StringComparison.Ordinal) ? WarcFiles.GzipEach(records) : [.. records.SelectMany(r => r)]);

        var items = TempDir.Read(path);

        var articles = items.Where(i => i.Article is not null).Select(i => i.Article!).ToList();
        Assert.Equal(["https://example.org/a", "https://example.org/b"], articles.Select(a => a.Info.Url));
        Assert.All(articles, a => Assert.Equal(ContentType.Html, a.Type));
        Assert.Contains("Talks resumed on Tuesday.", articles[1].Content, StringComparison.Ordinal);
        Assert.Equal(DateTimeOffset.Parse(WarcFiles.Date, System.Globalization.CultureInfo.InvariantCulture), articles[0].Fetched);
        Assert.Equal(new Origin(path, RecordId: "urn:uuid:one"), articles[0].Origin);
        var notice = Assert.Single(items, i => i.Error is not null).Error!;
        Assert.Equal(ErrorCatalog.WarcRecordsSkipped, notice.Kind);
        Assert.Contains("1 image/png", notice.Detail, StringComparison.Ordinal);
        Assert.Contains("1 status 404", notice.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Charset_comes_from_the_http_header_else_from_the_page()
    {
        var latin1 = Encoding.Latin1;
        var path = _dir.File("charsets.warc", [
            .. WarcFiles.Response("header", "http://a/", latin1.GetBytes("<p>Caf\u00e9 in Z\u00fcrich</p>"), "Content-Type: text/html; charset=ISO-8859-1"),
            .. WarcFiles.Response("meta", "http://b/", latin1.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><p>Na\u00efve \u00e9t\u00e9</p></body></html>"), "Content-Type: text/html"),
            .. WarcFiles.Response("lie", "http://c/", latin1.GetBytes("<p>Le caf\u00e9 est ferm\u00e9 \u00e0 Gen\u00e8ve</p>"), "Content-Type: text/html; charset=utf-8"),
        ]);

        var articles = TempDir.Read(path).Select(i => i.Article!).ToList();

        Assert.Contains("Café in Zürich", articles[0].Content, StringComparison.Ordinal);
        Assert.Contains("Naïve été", articles[1].Content, StringComparison.Ordinal);
        Assert.Contains("Le café est fermé à Genève", articles[2].Content, StringComparison.Ordinal);
        Assert.All(articles, a => Assert.Empty(a.Warnings));
    }

    [Fact]
    public void Chunked_and_gzip_encoded_bodies_are_decoded_and_warc_1_0_uris_lose_their_brackets()
    {
        var html = WarcFiles.Html("Chunked", "Wheat prices rose sharply.");
        var gzipped = TempDir.Gzip(html);
        var chunked = new List<byte>();
        foreach (var piece in gzipped.Chunk(10))
            chunked.AddRange([.. Encoding.ASCII.GetBytes($"{piece.Length:x}\r\n"), .. piece, .. "\r\n"u8]);
        chunked.AddRange("0\r\n\r\n"u8.ToArray());
        var block = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n").Concat(chunked).ToArray();
        var path = _dir.File("old.warc", WarcFiles.Record("response", "c", block, "<http://example.org/wheat>", "application/http; msgtype=response", version: "WARC/1.0"));

        var article = Assert.Single(TempDir.Read(path)).Article!;

        Assert.Contains("Wheat prices rose sharply.", article.Content, StringComparison.Ordinal);
        Assert.Equal("http://example.org/wheat", article.Info.Url);
    }

    [Fact]
    public void Resource_records_hold_the_page_itself()
    {
        var path = _dir.File("resource.warc", WarcFiles.Record("resource", "r", Encoding.UTF8.GetBytes("Plain words about rivers."), "file:///notes.txt", "text/plain"));

        var article = Assert.Single(TempDir.Read(path)).Article!;

        Assert.Equal(ContentType.Text, article.Type);
        Assert.Equal("Plain words about rivers.", article.Content);
    }

    [Fact]
    public void A_bad_version_line_a_bad_content_length_and_a_wrong_content_length_each_cost_one_record()
    {
        var good1 = WarcFiles.Response("good1", "http://a/", WarcFiles.Html("A", "First story."));
        var badVersion = Encoding.ASCII.GetBytes("WARC/9.9\r\nWARC-Type: response\r\nContent-Length: 0\r\n\r\n\r\n\r\n");
        var badLength = WarcFiles.Record("response", "badlength", WarcFiles.Html("B", "x"), "http://b/", "application/http; msgtype=response", contentLength: "12x");
        var good2 = WarcFiles.Response("good2", "http://c/", WarcFiles.Html("C", "Second story."));
        var wrongLength = WarcFiles.Record("resource", "wrong", Encoding.UTF8.GetBytes("Some resource text that is longer"), "http://d/", "text/plain", contentLength: "5");
        var good3 = WarcFiles.Response("good3", "http://e/", WarcFiles.Html("E", "Third story."));
        var path = _dir.File("damaged.warc", [.. good1, .. badVersion, .. badLength, .. good2, .. wrongLength, .. good3]);

        var items = TempDir.Read(path);

        Assert.Equal(["http://a/", "http://c/", "http://e/"], items.Where(i => i.Article is not null).Select(i => i.Article!.Info.Url));
        var errors = items.Where(i => i.Error is not null).Select(i => i.Error!).ToList();
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Equal(ErrorCatalog.MalformedWarc, e.Kind));
        Assert.Contains($"at byte offset {good1.Length}", errors[0].Detail, StringComparison.Ordinal);
        Assert.Contains("WARC/9.9", errors[0].Detail, StringComparison.Ordinal);
        Assert.Equal($"{path} (urn:uuid:badlength)", errors[1].Input);
        Assert.Contains("bad Content-Length \"12x\"", errors[1].Detail, StringComparison.Ordinal);
        Assert.Equal($"{path} (urn:uuid:wrong)", errors[2].Input);
        Assert.Contains("Content-Length is wrong", errors[2].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_last_gzip_member_is_reported_with_its_record_and_offset_after_the_good_ones()
    {
        var first = TempDir.Gzip(WarcFiles.Response("ok", "http://a/", WarcFiles.Html("A", "Kept story.")));
        var last = TempDir.Gzip(WarcFiles.Response("cut", "http://b/", Encoding.UTF8.GetBytes(new string('x', 5000) + "<p>Lost story.</p>")));
        var path = _dir.File("cut.warc.gz", [.. first, .. last.AsSpan(0, last.Length - 30)]);

        var items = TempDir.Read(path);

        Assert.Equal("http://a/", items[0].Article!.Info.Url);
        var error = Assert.Single(items, i => i.Error is not null).Error!;
        Assert.Equal(ErrorCatalog.CorruptArchive, error.Kind);
        Assert.Equal($"{path} (urn:uuid:cut)", error.Input);
        Assert.Contains($"gzip member at byte offset {first.Length}", error.Detail, StringComparison.Ordinal);
        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void A_corrupt_gzip_member_in_the_middle_costs_only_its_record()
    {
        var first = TempDir.Gzip(WarcFiles.Response("a", "http://a/", WarcFiles.Html("A", "Story one.")));
        var middle = TempDir.Gzip(WarcFiles.Response("b", "http://b/", WarcFiles.Html("B", "Story two, which is damaged.")));
        var last = TempDir.Gzip(WarcFiles.Response("c", "http://c/", WarcFiles.Html("C", "Story three.")));
        for (var i = 20; i < middle.Length - 10; i++)
            middle[i] ^= 0x5A;
        var path = _dir.File("damaged.warc.gz", [.. first, .. middle, .. last]);

        var items = TempDir.Read(path);

        Assert.Equal(["http://a/", "http://c/"], items.Where(i => i.Article is not null).Select(i => i.Article!.Info.Url));
        var error = Assert.Single(items, i => i.Error is not null).Error!;
        Assert.True(error.Kind == ErrorCatalog.CorruptArchive || error.Kind == ErrorCatalog.MalformedWarc, error.Message);
        Assert.Contains($"byte offset {first.Length}", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_over_the_limit_is_skipped_with_H113_and_the_next_record_is_read()
    {
        var big = WarcFiles.Response("big", "http://big/", WarcFiles.Html("Big", new string('x', 500)));
        var small = WarcFiles.Response("small", "http://small/", WarcFiles.Html("S", "ok"));
        var cursor = new Herald.Sources.Warc.ByteCursor(new MemoryStream([.. big, .. small]));

        var first = Herald.Sources.Warc.WarcRecordParser.Next(cursor, _ => true, maxBlock: 200)!;
        var second = Herald.Sources.Warc.WarcRecordParser.Next(cursor, _ => true, maxBlock: 200)!;

        Assert.Equal(ErrorCatalog.RecordTooLarge, first.Error!.Kind);
        Assert.True(first.InSync);
        Assert.Null(second.Error);
        Assert.Equal("urn:uuid:small", second.Headers!.RecordId);
    }

    [Fact]
    public void A_plain_warc_cut_inside_a_record_keeps_the_records_before_it()
    {
        var first = WarcFiles.Response("a", "http://a/", WarcFiles.Html("A", "Kept."));
        var cut = WarcFiles.Response("b", "http://b/", WarcFiles.Html("B", "Cut short."));
        var path = _dir.File("cut.warc", [.. first, .. cut.AsSpan(0, cut.Length - 20)]);

        var items = TempDir.Read(path);

        Assert.Equal("http://a/", items[0].Article!.Info.Url);
        Assert.Equal($"{path} (urn:uuid:b)", items[1].Error!.Input);
        Assert.Contains($"the input ends inside the record block", items[1].Error!.Detail, StringComparison.Ordinal);
        Assert.Contains($"at byte offset {first.Length}", items[1].Error!.Detail, StringComparison.Ordinal);
        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void A_file_that_is_not_warc_at_all_is_one_clear_error()
    {
        var path = _dir.File("notes.warc", "just some text\nand more\n");

        var error = TempDir.SingleError(path);

        Assert.Equal(ErrorCatalog.MalformedWarc, error.Kind);
        Assert.Contains("expected a WARC/1.0 or WARC/1.1 version line, found \"just some text\"", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warc_named_otherwise_is_sniffed()
    {
        var path = _dir.File("crawl.bin", WarcFiles.Response("s", "http://s/", WarcFiles.Html("S", "Sniffed.")));

        Assert.Equal("http://s/", TempDir.Single(path).Info.Url);
    }
}
