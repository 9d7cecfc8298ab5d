using System.Text.Json;
using Herald.Analysis;
using Herald.Documents;
using Herald.Errors;
using Herald.Records;
using Herald.Sources;

namespace Herald.Tests.Records;

public sealed class RecordTests
{
    private static ArticleRecord Build(bool withTokens)
    {
        var info = new ArticleInfo { Id = "a1", Title = "Talks", Published = new DateTimeOffset(2018, 10, 23, 0, 0, 0, TimeSpan.Zero) };
        var document = HeraldEngine.CreateDefault().Analyze("Trump told reporters: \"We may.\" Putin agreed.", info);
        var warning = new HeraldError(ErrorCatalog.InvalidBytesReplaced, "in.txt", "1 byte at offset 3");
        return RecordBuilder.Build(document, new Origin("in.txt"), [warning], withTokens);
    }

    [Fact]
    public void Json_has_the_schema_version_the_text_and_every_layer()
    {
        using var json = JsonDocument.Parse(RecordWriter.ToJson(Build(withTokens: false), indented: true));
        var root = json.RootElement;
        Assert.Equal("herald/1", root.GetProperty("schema").GetString());
        Assert.Equal("a1", root.GetProperty("id").GetString());
        Assert.Equal("2018-10-23T00:00:00+00:00", root.GetProperty("article").GetProperty("published").GetString());
        Assert.StartsWith("Trump told", root.GetProperty("article").GetProperty("text").GetString(), StringComparison.Ordinal);
        foreach (var layer in new[] { "mentions", "entities", "times", "places", "actors", "quotes", "events" })
            Assert.Equal(JsonValueKind.Array, root.GetProperty(layer).ValueKind);
        Assert.False(root.TryGetProperty("tokens", out _));
        Assert.Equal(["tokens", "sentences", "tags", "entities", "dependencies", "times", "places", "quotes", "events", "tone", "actors"], root.GetProperty("layers").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("W101", root.GetProperty("warnings")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Sentence_and_token_offsets_slice_the_text()
    {
        var record = Build(withTokens: true);
        var text = record.Article.Text;
        Assert.NotEmpty(record.Sentences);
        foreach (var sentence in record.Sentences)
            Assert.Equal(sentence.Text, text[sentence.Start..sentence.End]);
        foreach (var token in record.Tokens!)
            Assert.Equal(token.Text, text[token.Start..token.End]);
    }

    [Fact]
    public void Round_trips_through_json()
    {
        var record = Build(withTokens: true);
        var back = RecordWriter.Parse(RecordWriter.ToJson(record, indented: false))!;
        Assert.Equal(record.Article.Text, back.Article.Text);
        Assert.Equal(record.Sentences, back.Sentences);
        Assert.Equal(record.Tokens, back.Tokens);
    }

    [Fact]
    public void Non_ascii_text_stays_readable_in_json()
    {
        var document = HeraldEngine.CreateDefault().Analyze("Café “au lait” costs €3.");
        var json = RecordWriter.ToJson(RecordBuilder.Build(document, new Origin("-"), [], false), indented: false);
        Assert.Contains("Café “au lait” costs €3.", json, StringComparison.Ordinal);
    }
}
