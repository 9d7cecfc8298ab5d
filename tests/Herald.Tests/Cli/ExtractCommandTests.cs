using System.Text.Json;
using Herald.Tests.Extraction;
using Herald.Tests.Support;

namespace Herald.Tests.Cli;

/// <summary>The <c>herald extract</c> command end to end, in a child process.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private const string Head = """
        <title>Harbour accord signed after long talks | Northern Post</title>
        <meta property="og:site_name" content="Northern Post">
        <meta name="author" content="Ann Lee">
        <meta property="article:published_time" content="2024-03-02T09:30:00Z">
        """;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Text_format_prints_the_metadata_then_the_clean_text()
    {
        var page = _dir.File("story.html", HtmlPages.Around(HtmlPages.EnglishStory, Head));
        var result = HeraldProcess.Run(["extract", page]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.Contains("title: Harbour accord signed after long talks\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("authors: Ann Lee\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("published: 2024-03-02T09:30:00+00:00\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("site: Northern Post\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\n\nNorway and Iceland signed", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on Facebook", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_gives_one_record_per_article_and_an_array_for_several()
    {
        var first = _dir.File("one.html", HtmlPages.Around(HtmlPages.EnglishStory, Head));
        var second = _dir.GzipFile("two.html.gz", HtmlPages.Around(HtmlPages.EnglishStory));
        var single = HeraldProcess.Run(["extract", first, "--format", "json"]);
        Assert.Equal(0, single.ExitCode);
        using (var json = JsonDocument.Parse(single.Stdout))
        {
            var article = json.RootElement.GetProperty("article");
            Assert.Equal("herald/1", json.RootElement.GetProperty("schema").GetString());
            Assert.Equal("Harbour accord signed after long talks", article.GetProperty("title").GetString());
            Assert.Equal("Ann Lee", article.GetProperty("authors")[0].GetString());
            Assert.StartsWith("Norway and Iceland", article.GetProperty("text").GetString(), StringComparison.Ordinal);
        }
        var both = HeraldProcess.Run(["extract", first, second, "--format", "json"]);
        using var array = JsonDocument.Parse(both.Stdout);
        Assert.Equal(2, array.RootElement.GetArrayLength());
    }

    [Fact]
    public void Plain_text_passes_through_unchanged()
    {
        var path = _dir.File("note.txt", "Putin met Trump in Helsinki.\n\nThey talked.");
        var result = HeraldProcess.Run(["extract", path]);
        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("\n\nPutin met Trump in Helsinki.\n\nThey talked.\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_input_is_reported_and_the_others_still_extracted()
    {
        var good = _dir.File("good.html", HtmlPages.Around(HtmlPages.EnglishStory));
        var empty = _dir.File("empty.html", []);
        var result = HeraldProcess.Run(["extract", empty, good]);
        Assert.Equal(1, result.ExitCode);
        HeraldProcess.AssertNoStackTrace(result);
        Assert.Contains("empty.html", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Norway and Iceland", result.Stdout, StringComparison.Ordinal);
    }
}
