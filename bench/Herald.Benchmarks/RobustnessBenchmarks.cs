using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Herald.Extraction;
using Herald.Sources;

namespace Herald.Benchmarks;

/// <summary>
/// Time to read and extract the hostile pages of the robustness tests (generated here): HTML nested 100,000 levels
/// deep, a megabyte of tag soup, a 20 MB page. The bound is about a second per MB. Run:
/// <c>dotnet run -c Release --project bench/Herald.Benchmarks -- --filter '*Robustness*'</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class RobustnessBenchmarks
{
    private byte[] _page = [];

    /// <summary>Which page.</summary>
    [Params("deep-100k", "soup-1MB", "page-20MB")]
    public string Page { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _page = Encoding.UTF8.GetBytes(Page switch
        {
            "deep-100k" => "<html><body>" + Repeat("<div>", 100_000) + "<p>Deep text.</p>" + Repeat("</div>", 100_000) + "</body></html>",
            "soup-1MB" => Soup(1_000_000),
            _ => "<html><body>" + Repeat("<p>" + Repeat("The council met on Tuesday to discuss the harbour budget. ", 8) + "</p>\n", 20 * 1024 * 1024 / 480) + "</body></html>",
        });
        Console.WriteLine($"// {Page}: {_page.Length:N0} bytes");
    }

    [Benchmark]
    public int ReadAndExtract()
    {
        var chars = 0;
        foreach (var item in ArticleSources.Read(new MemoryStream(_page), "page.html"))
            chars += item.Article is { } article ? ArticleExtractor.Extract(article).Text.Length : 0;
        return chars;
    }

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private static string Soup(int length)
    {
        string[] pieces = ["<b>", "<i>", "<a href=x>", "</b>", "<table>", "<td>", "<tr>", "</div>", "<div ", "<p>", "<li>", "<!--", "-->",
            "<select>", "<option>", "<form>", "<h1>", "<font>", "<nobr>", "&amp", "&#x", "<", ">", "\"", "'", "<math>", "<svg>", "<template>", "</"];
        var random = new Random(7);
        var soup = new StringBuilder("<html><body>");
        while (soup.Length < length)
            soup.Append(pieces[random.Next(pieces.Length)]).Append("word ");
        return soup.ToString();
    }
}
