using Herald.Analysis;
using Herald.Tests.Support;
using Herald.Tone;

namespace Herald.Tests.Tone;

/// <summary>The document figures in GDELT's terms and the tone per entity.</summary>
public sealed class ToneStageTests
{
    [Fact]
    public void The_document_figures_are_percentages_of_the_words()
    {
        var document = DefaultEngine.Analyze("We welcomed the agreement. The attack killed three people and we mourn them.");
        var tone = document.Tone!;
        Assert.Equal(document.CountWords(), tone.WordCount);
        var positive = tone.Sentences.Sum(s => s.Positive);
        var negative = tone.Sentences.Sum(s => s.Negative);
        Assert.Equal(100.0 * positive / tone.WordCount, tone.Positive, 9);
        Assert.Equal(100.0 * negative / tone.WordCount, tone.Negative, 9);
        Assert.Equal(tone.Positive - tone.Negative, tone.Score, 9);
        Assert.Equal(tone.Positive + tone.Negative, tone.Polarity, 9);
        Assert.True(tone.Score < 0);
        Assert.Equal(100.0 * 3 / tone.WordCount, tone.SelfGroupDensity, 9); // we, we, them
        Assert.True(tone.ActivityDensity > 0);
    }

    [Fact]
    public void An_entity_s_tone_is_the_mean_over_the_sentences_that_mention_it()
    {
        var document = DefaultEngine.Analyze("Angela Merkel praised the wonderful agreement. The weather in Berlin was mild. Merkel condemned the brutal attack.");
        var tone = document.Tone!;
        var merkel = document.Entities.FindIndex(e => e.Name == "Angela Merkel");
        Assert.True(merkel >= 0, string.Join(", ", document.Entities.Select(e => e.Name)));
        var entity = Assert.Single(tone.Entities, e => e.Entity == merkel);
        Assert.Equal(2, entity.Sentences);
        Assert.Equal((tone.Sentences[0].Score + tone.Sentences[2].Score) / 2, entity.Score, 9);
    }

    [Fact]
    public void Without_an_entity_layer_the_entity_list_is_empty()
    {
        var pipeline = HeraldEngine.CreateDefault("tagger").Pipeline.Stages.Aggregate(new Herald.Pipeline.PipelineBuilder(), (b, s) => b.Add(s)).Add(ToneStage.Default).Build();
        var document = new HeraldEngine(pipeline).Analyze("Angela Merkel praised the agreement.");
        Assert.Empty(document.Tone!.Entities);
        Assert.True(document.Tone.Score > 0);
    }

    [Fact]
    public void An_empty_document_has_zero_tone() =>
        Assert.Equal(0, DefaultEngine.Analyze(" ").Tone?.Score ?? 0);
}
