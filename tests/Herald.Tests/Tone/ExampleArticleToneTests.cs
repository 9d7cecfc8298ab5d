using Herald.Tests.Support;

namespace Herald.Tests.Tone;

/// <summary>Tone on the canonical example article (../shared/data/examples/paris-summit-2018.txt).</summary>
public sealed class ExampleArticleToneTests
{
    [SkippableFact]
    public void The_article_is_negative_and_mccain_s_quotes_are_among_its_most_negative_sentences()
    {
        var document = DefaultEngine.AnalyzeFile(SharedData.Require("examples/paris-summit-2018.txt"));
        var tone = document.Tone!;
        Assert.True(tone.Score < 0, $"document tone {tone.Score}");
        var mccain = document.Entities.FindIndex(e => e.Name.Contains("McCain", StringComparison.Ordinal));
        var quoted = document.Quotes.Where(q => q.SpeakerEntity == mccain).Select(q => q.Sentence).Distinct().ToList();
        Assert.NotEmpty(quoted);
        // "Among the most negative": within the most negative quarter of the sentences.
        var quarter = (tone.Sentences.Count + 3) / 4;
        var mostNegative = tone.Sentences.OrderBy(s => s.Score).Take(quarter).Select(s => s.Sentence).ToList();
        Assert.All(quoted, s => Assert.Contains(s, mostNegative));
    }

    [SkippableFact]
    public void Trump_and_putin_each_have_a_tone()
    {
        var document = DefaultEngine.AnalyzeFile(SharedData.Require("examples/paris-summit-2018.txt"));
        foreach (var name in new[] { "Donald Trump", "Vladimir Putin" })
        {
            var index = document.Entities.FindIndex(e => e.Name == name);
            Assert.True(index >= 0, $"no entity {name}");
            var entity = Assert.Single(document.Tone!.Entities, e => e.Entity == index);
            Assert.True(entity.Sentences >= 5, $"{name}: {entity.Sentences} sentences");
        }
    }
}
