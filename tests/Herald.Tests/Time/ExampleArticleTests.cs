using Herald.Analysis;
using Herald.Documents;
using Herald.Tests.Support;

namespace Herald.Tests.Time;

/// <summary>The example article's dates, resolved against its publication date by the default pipeline.</summary>
public sealed class ExampleArticleTests
{
    [SkippableFact]
    public void Paris_summit_dates_resolve_against_the_publication_date()
    {
        var text = File.ReadAllText(SharedData.Require("examples/paris-summit-2018.txt"));
        var document = HeraldEngine.CreateDefault().Analyze(text, new ArticleInfo { Published = new DateTimeOffset(2018, 10, 23, 0, 0, 0, TimeSpan.Zero) });
        Assert.Equal("2018-10-23", document.Find("Tuesday").Value);
        Assert.Equal("2018-11", document.Find("next month").Value);
        Assert.Equal("2018-11-11", document.Find("Nov. 11").Value);
        Assert.Equal("2018-07", document.Find("July").Value);
        Assert.Equal("2016", document.Find("2016").Value);
        Assert.All(document.Times.Where(t => t.Value.StartsWith("2018", StringComparison.Ordinal)), t => Assert.Equal("2018-10-23", t.Reference));
    }
}
