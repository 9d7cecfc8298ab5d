using System.Text.Json;
using Herald.Records;
using Herald.Sources;
using Herald.Tests.Support;

namespace Herald.Tests.Tone;

/// <summary>Tone in the JSON record (docs/schema.md, docs/tone.md).</summary>
public sealed class ToneRecordTests
{
    [Fact]
    public void The_record_holds_the_document_figures_each_sentence_s_tone_and_each_entity_s()
    {
        var document = DefaultEngine.Analyze("Angela Merkel praised the wonderful agreement. Critics called it a disaster.");
        using var json = JsonDocument.Parse(RecordWriter.ToJson(RecordBuilder.Build(document, new Origin("in.txt"), [], withTokens: false), indented: false));
        var root = json.RootElement;
        var tone = root.GetProperty("tone");
        foreach (var field in new[] { "tone", "positive", "negative", "polarity", "activityDensity", "selfGroupDensity", "wordCount" })
            Assert.Equal(JsonValueKind.Number, tone.GetProperty(field).ValueKind);
        var sentences = root.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("tone").GetDouble()).ToList();
        Assert.Equal(2, sentences.Count);
        Assert.True(sentences[0] > 0 && sentences[1] < 0, string.Join(", ", sentences));
        var merkel = Assert.Single(tone.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "Angela Merkel");
        Assert.Equal(sentences[0], merkel.GetProperty("score").GetDouble());
        Assert.Equal(1, merkel.GetProperty("sentences").GetInt32());
    }
}
