using System.Text.Json;
using Herald.Tests.Extraction;
using Herald.Tests.Support;

namespace Herald.Tests.Cli;

/// <summary><c>herald eval extract</c> end to end on a one-page data set written by the test.</summary>
public sealed class EvalExtractCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Details_writes_each_page_with_its_scores_and_both_texts()
    {
        _dir.File("fundus/html/story.html", HtmlPages.Around(HtmlPages.EnglishStory));
        _dir.File("fundus/ground_truth.json", """
            {"story.html": {"url": "https://example.org/story", "body": ["Norway and Iceland signed an agreement on Thursday that ends a dispute over fishing rights.", "A paragraph the page does not have."]}}
            """);
        var details = _dir.PathOf("details.jsonl");
        var result = HeraldProcess.Run(["eval", "extract", "--fundus", _dir.PathOf("fundus"), "--details", details]);
        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(details);
        var line = Assert.Single(lines);
        using var json = JsonDocument.Parse(line);
        var page = json.RootElement;
        Assert.Equal("story.html", page.GetProperty("page").GetString());
        Assert.InRange(page.GetProperty("recall").GetDouble(), 0.01, 0.99);
        Assert.InRange(page.GetProperty("score").GetDouble(), 0.01, 0.99);
        Assert.StartsWith("Norway and Iceland", page.GetProperty("extracted").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("the page does not have.", page.GetProperty("gold").GetString(), StringComparison.Ordinal);
    }
}
