using System.Text;
using Herald.Errors;
using Herald.Sources;

using Herald.Tests.Support;

namespace Herald.Tests.Sources;

public sealed class JsonlTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_publication_date_in_the_future_is_dropped_with_a_warning()
    {
        var path = _dir.File("future.jsonl", "{\"id\":\"f1\",\"text\":\"Migration will double by 2050, the report says.\",\"date\":\"2050-09-30\"}\n");

        var article = TempDir.Read(path).Single().Article!;

        Assert.Null(article.Info.Published);
        var warning = Assert.Single(article.Warnings);
        Assert.Equal(ErrorCatalog.FutureDateDropped, warning.Kind);
        Assert.Contains("2050-09-30", warning.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_carry_their_fields_and_origin()
    {
        var path = _dir.File("feed.jsonl",
            "{\"id\":\"a1\",\"text\":\"First.\",\"title\":\" One \",\"url\":\"https://x.test/1\",\"published\":\"2024-05-01\",\"source\":\"Wire\",\"authors\":[\"Ann\",\" Bob \"],\"language\":\"en\",\"extra\":{\"nested\":[1,2]}}\n" +
            "{\"id\":7,\"html\":\"<p>Second</p>\",\"date\":\"2024-05-02T10:30:00+02:00\",\"authors\":\"Cy\"}\r\n" +
            "\n   \n" +
            "{\"text\":\"Third\\r\\nline\",\"html\":\"<p>ignored</p>\",\"published\":null,\"authors\":null}");

        var items = TempDir.Read(path);

        Assert.Equal(3, items.Count);
        var first = items[0].Article!;
        Assert.Equal(new Origin(path, 1, "a1"), first.Origin);
        Assert.Equal("First.", first.Content);
        Assert.Equal(ContentType.Text, first.Type);
        Assert.Equal("a1", first.Info.Id);
        Assert.Equal("One", first.Info.Title);
        Assert.Equal("https://x.test/1", first.Info.Url);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), first.Info.Published);
        Assert.Equal("Wire", first.Info.Source);
        Assert.Equal(["Ann", "Bob"], first.Info.Authors);
        Assert.Equal("en", first.Info.Language);

        var second = items[1].Article!;
        Assert.Equal(new Origin(path, 2, "7"), second.Origin);
        Assert.Equal(ContentType.Html, second.Type);
        Assert.Equal("<p>Second</p>", second.Content);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 10, 30, 0, TimeSpan.FromHours(2)), second.Info.Published);
        Assert.Equal(["Cy"], second.Info.Authors);

        var third = items[2].Article!;
        Assert.Equal(new Origin(path, 5), third.Origin);
        Assert.Equal("Third\nline", third.Content);
        Assert.Equal(ContentType.Text, third.Type);
        Assert.Null(third.Info.Published);
        Assert.Empty(third.Info.Authors);
    }

    [Fact]
    public void A_malformed_line_in_the_middle_is_reported_with_its_line_number_and_the_rest_is_read()
    {
        var path = _dir.File("feed.ndjson",
            "{\"text\":\"one\"}\n" +
            "{\"text\":\"two\"}\n" +
            "{\"text\": \"three\", oops}\n" +
            "{\"text\":\"four\"}\n");

        var items = TempDir.Read(path);

        Assert.Equal(4, items.Count);
        Assert.Equal("one", items[0].Article!.Content);
        Assert.Equal("two", items[1].Article!.Content);
        var error = items[2].Error!;
        Assert.Equal(ErrorCatalog.MalformedJson, error.Kind);
        Assert.Equal($"{path}:3", error.Input);
        Assert.Equal("'o' is an invalid start of a property name. Expected a '\"'. (at byte 19 of the line)", error.Detail);
        Assert.Equal("four", items[3].Article!.Content);
        Assert.Equal(4, items[3].Article!.Origin.Line);
    }

    [Theory]
    [InlineData("{\"id\":\"x\",\"title\":\"no body\"}", "H111", "neither \"text\" nor \"html\" is given")]
    [InlineData("{\"id\":\"x\",\"text\":\"  \",\"html\":\"\"}", "H111", "\"text\" and \"html\" are empty")]
    [InlineData("{\"id\":\"x\",\"text\":\"t\",\"published\":\"yesterday\"}", "H112", "field \"published\": \"yesterday\" is not an ISO 8601 date or date-time")]
    [InlineData("{\"id\":\"x\",\"text\":\"t\",\"date\":\"2024-13-01\"}", "H112", "field \"date\": \"2024-13-01\" is not an ISO 8601 date or date-time")]
    [InlineData("{\"id\":\"x\",\"text\":\"t\",\"published\":1714521600}", "H112", "field \"published\" must be a string, not a number")]
    [InlineData("{\"id\":\"x\",\"text\":42}", "H112", "field \"text\" must be a string, not a number")]
    [InlineData("{\"id\":\"x\",\"text\":\"t\",\"title\":[\"a\"]}", "H112", "field \"title\" must be a string, not an array")]
    [InlineData("{\"id\":\"x\",\"text\":\"t\",\"authors\":[\"a\",3]}", "H112", "field \"authors[1]\" must be a string, not a number")]
    [InlineData("{\"id\":\"x\",\"text\":\"t\",\"authors\":{\"name\":\"a\"}}", "H112", "field \"authors\" must be an array of strings or a string, not an object")]
    public void Record_errors_name_the_line_the_id_and_the_field(string line, string code, string detail)
    {
        var path = _dir.File("bad.jsonl", "{\"text\":\"ok\"}\n" + line + "\n");

        var items = TempDir.Read(path);

        Assert.Equal(2, items.Count);
        Assert.NotNull(items[0].Article);
        var error = items[1].Error!;
        Assert.Equal(code, error.Kind.Code);
        Assert.Equal($"{path}:2 (x)", error.Input);
        Assert.Equal(detail, error.Detail);
    }

    [Fact]
    public void A_wrong_typed_id_is_reported_without_an_id()
    {
        var path = _dir.File("bad.jsonl", "{\"id\":true,\"text\":\"t\"}");

        var error = TempDir.SingleError(path);

        Assert.Equal(ErrorCatalog.BadField, error.Kind);
        Assert.Equal($"{path}:1", error.Input);
        Assert.Equal("field \"id\" must be a string or a number, not a boolean", error.Detail);
    }

    [Theory]
    [InlineData("[1,2]", "the line holds a JSON an array, not an object")]
    [InlineData("\"text\"", "the line holds a JSON a string, not an object")]
    public void A_line_that_is_not_an_object_is_H110(string line, string detail)
    {
        var path = _dir.File("arr.jsonl", line);

        var error = TempDir.SingleError(path);

        Assert.Equal(ErrorCatalog.MalformedJson, error.Kind);
        Assert.Equal(detail, error.Detail);
    }

    [Fact]
    public void Invalid_UTF8_inside_a_line_is_H110_for_that_line_only()
    {
        byte[] bytes = [.. "{\"text\":\"good\"}\n{\"text\":\"bad "u8, 0xE9, .. "\"}\n{\"text\":\"also good\"}\n"u8];
        var path = _dir.File("latin.jsonl", bytes);

        var items = TempDir.Read(path);

        Assert.Equal(3, items.Count);
        Assert.Equal(ErrorCatalog.MalformedJson, items[1].Error!.Kind);
        Assert.Equal($"{path}:2", items[1].Error!.Input);
        Assert.Equal("invalid UTF-8 at byte 14 of the line", items[1].Error!.Detail);
        Assert.Equal("also good", items[2].Article!.Content);
    }

    [Fact]
    public void A_UTF8_BOM_on_the_first_line_is_ignored()
    {
        var path = _dir.File("bom.jsonl", [0xEF, 0xBB, 0xBF, .. "{\"text\":\"x\"}"u8]);

        Assert.Equal("x", TempDir.Single(path).Content);
    }

    [Fact]
    public void A_UTF16_JSONL_file_is_H104()
    {
        var path = _dir.File("wide.jsonl", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("{\"text\":\"x\"}")]);

        var error = TempDir.SingleError(path);

        Assert.Equal(ErrorCatalog.Undecodable, error.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    public void No_records_is_H102(string content)
    {
        var path = _dir.File("empty.jsonl", content);

        Assert.Equal(ErrorCatalog.Empty, TempDir.SingleError(path).Kind);
    }

    [Fact]
    public void A_line_over_the_limit_is_H113_and_skipped_without_buffering()
    {
        var big = "{\"text\":\"" + new string('x', 5000) + "\"}";
        var bytes = Encoding.UTF8.GetBytes("{\"text\":\"a\"}\n" + big + "\n{\"text\":\"b\"}\n" + big);
        using var stream = new MemoryStream(bytes);

        var items = JsonlArticleReader.Read(stream, bytes, "big.jsonl", maxLineBytes: 1000).ToList();

        Assert.Equal(4, items.Count);
        Assert.Equal("a", items[0].Article!.Content);
        Assert.Equal(ErrorCatalog.RecordTooLarge, items[1].Error!.Kind);
        Assert.Equal("big.jsonl:2", items[1].Error!.Input);
        Assert.Equal("b", items[2].Article!.Content);
        Assert.Equal(3, items[2].Article!.Origin.Line);
        Assert.Equal("big.jsonl:4", items[3].Error!.Input);
    }

    [Fact]
    public void Lines_split_across_reads_are_whole()
    {
        var text = string.Concat(Enumerable.Range(1, 40).Select(i => $"{{\"id\":\"r{i}\",\"text\":\"Ünïcödé {i} 😀\"}}\r\n"));

        var items = ArticleSources.Read(new TrickleStream(Encoding.UTF8.GetBytes(text), 7), "t.jsonl").ToList();

        Assert.Equal(40, items.Count);
        Assert.All(items, (item, i) =>
        {
            Assert.Equal($"Ünïcödé {i + 1} 😀", item.Article!.Content);
            Assert.Equal(new Origin("t.jsonl", i + 1, $"r{i + 1}"), item.Article.Origin);
        });
    }
}
