using Herald.Tests.Support;

namespace Herald.Tests.Tone;

/// <summary>Tone in <c>herald analyze --format text</c>.</summary>
public sealed class ToneSummaryTests
{
    [Fact]
    public void The_text_summary_shows_the_figures_the_entities_and_the_most_negative_sentence()
    {
        using var dir = new TempDir();
        var path = dir.File("article.txt", "Angela Merkel praised the wonderful agreement in Berlin.\n\nCritics called the summit a disaster.\n");
        var result = HeraldProcess.Run(["analyze", path, "--format", "text"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"\n   tone +[+-]?\d+\.\d\d \(positive [\d.]+%, negative [\d.]+%, polarity", result.Stdout);
        Assert.Matches(@"\n +\+0\.\d\d  Angela Merkel  \[1 sentence\]", result.Stdout);
        Assert.Matches(@"\n   sentence 2 +-0\.\d\d  Critics called the summit a disaster\.", result.Stdout);
    }
}
