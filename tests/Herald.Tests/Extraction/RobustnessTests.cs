using System.Text;
using Herald.Errors;
using Herald.Extraction;
using Herald.Sources;
using Herald.Tests.Support;

namespace Herald.Tests.Extraction;

/// <summary>
/// Hostile and broken inputs, generated here, each through the library entry points (read, then extract): each
/// gives an article or a clear error. Their time is measured by bench/Herald.Benchmarks RobustnessBenchmarks.
/// </summary>
public sealed class RobustnessTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private (RawArticle Article, string Text) ReadAndExtract(string name, byte[] bytes)
    {
        var article = TempDir.Single(_dir.File(name, bytes));
        return (article, ArticleExtractor.Extract(article).Text);
    }

    [Theory]
    [InlineData("<div>", "</div>")]
    [InlineData("<div><span>", "")]
    [InlineData("<b><i><a href=x>", "")]
    public void Html_nested_100000_levels_deep_is_flattened_below_512_and_keeps_its_text(string open, string close)
    {
        var html = "<html><body>" + Repeat(open, 100_000) + "<p>Deep text.</p>" + Repeat(close, 100_000) + "<p>After.</p></body></html>";

        var (article, text) = ReadAndExtract("deep.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal(ErrorCatalog.NestingFlattened, Assert.Single(article.Warnings).Kind);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        if (!open.Contains("<a", StringComparison.Ordinal))
        {
            // Text in a hundred thousand nested links is navigation to the article extractor, not prose.
            Assert.Contains("Deep text.", text, StringComparison.Ordinal);
            Assert.Contains("After.", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ordinary_pages_with_unclosed_paragraphs_and_list_items_are_not_touched()
    {
        var html = "<html><body><ul>" + Repeat("<li>item <b>bold</b>", 2000) + "</ul>" + Repeat("<p>para<br>line<img src=x>", 2000) + "<table>" + Repeat("<tr><td>a<td>b", 2000) + "</table></body></html>";

        var article = TempDir.Single(_dir.File("flat.html", html));

        Assert.Empty(article.Warnings);
        Assert.Equal(html, article.Content);
    }

    [Fact]
    public void A_20_MB_page_is_read_and_extracted_whole()
    {
        var paragraph = "<p>" + Repeat("The council met on Tuesday to discuss the harbour budget and the ferry timetable. ", 6) + "</p>\n";
        var count = 20 * 1024 * 1024 / paragraph.Length;
        var html = "<html><head><title>Big</title></head><body>" + Repeat(paragraph, count) + "</body></html>";

        var (article, text) = ReadAndExtract("big.html", Encoding.UTF8.GetBytes(html));

        Assert.True(article.Content.Length >= 20 * 1024 * 1024 - paragraph.Length);
        Assert.Equal(count, text.Split("\n\n").Length);
    }

    [Fact]
    public void Broken_markup_gives_its_text()
    {
        const string html = "<html><body><p>Start of story<div><table><p>inside table</td></tr></span></div></div>" +
            "<b><i>crossed</b></i><a href=\"x>unclosed attribute</a> <p>Middle <!-- comment never closed <p>hidden";

        var (_, text) = ReadAndExtract("broken.html", Encoding.UTF8.GetBytes(html));

        Assert.Contains("Start of story", text, StringComparison.Ordinal);
        Assert.Contains("inside table", text, StringComparison.Ordinal);
        Assert.Contains("crossed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_megabyte_of_tag_soup_gives_a_result()
    {
        string[] pieces = ["<b>", "<i>", "<a href=x>", "</b>", "<table>", "<td>", "<tr>", "</div>", "<div ", "<p>", "<li>", "<!--", "-->",
            "<select>", "<option>", "<form>", "<h1>", "<font>", "<nobr>", "&amp", "&#x", "<", ">", "\"", "'", "<math>", "<svg>", "<template>", "</"];
        var random = new Random(7);
        var soup = new StringBuilder("<html><body>");
        while (soup.Length < 1_000_000)
            soup.Append(pieces[random.Next(pieces.Length)]).Append("word ");

        var (_, text) = ReadAndExtract("soup.html", Encoding.UTF8.GetBytes(soup.ToString()));

        // The soup has no article to find; what comes out is text, never markup.
        Assert.DoesNotContain("<b>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_content_served_as_html_is_a_clear_error()
    {
        var bytes = new byte[100_000];
        new Random(3).NextBytes(bytes);
        var file = _dir.File("image.html", bytes);
        var warc = _dir.File("crawl.warc", WarcFiles.Response("bin", "http://x/page", bytes, "Content-Type: text/html"));

        var fileError = TempDir.SingleError(file);
        var warcError = TempDir.SingleError(warc);

        Assert.Equal(ErrorCatalog.Binary, fileError.Kind);
        Assert.Equal(ErrorCatalog.Binary, warcError.Kind);
        Assert.Equal($"{warc} (urn:uuid:bin)", warcError.Input);
    }

    [Fact]
    public void A_page_declaring_utf8_but_written_in_latin1_is_read_as_latin1()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><p>Le café est fermé à Genève.</p></body></html>");

        var (article, text) = ReadAndExtract("lie.html", bytes);

        Assert.Equal("Le café est fermé à Genève.", text);
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void A_page_declaring_a_legacy_charset_but_written_in_utf8_is_read_as_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"windows-1251\"></head><body><p>Встреча в Париже, café.</p></body></html>");

        var (_, text) = ReadAndExtract("lie2.html", bytes);

        Assert.Equal("Встреча в Париже, café.", text);
    }

    [Fact]
    public void A_truncated_gzip_warc_record_through_analyze_keeps_the_good_record_and_names_the_bad_one()
    {
        var good = TempDir.Gzip(WarcFiles.Response("good", "http://a/", WarcFiles.Html("A", "Rail workers walked out on Monday.")));
        var cut = TempDir.Gzip(WarcFiles.Response("cut", "http://b/", Encoding.UTF8.GetBytes(Repeat("<p>Long story. </p>", 2000))));
        var path = _dir.File("cut.warc.gz", [.. good, .. cut.AsSpan(0, cut.Length / 2)]);

        var result = HeraldProcess.Run(["analyze", path, "--format", "jsonl"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("\"url\":\"http://a/\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{path} (urn:uuid:cut): error H105", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"gzip member at byte offset {good.Length}", result.Stderr, StringComparison.Ordinal);
    }
}
