using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Herald.Extraction;

namespace Herald.Benchmarks;

/// <summary>
/// Article extraction from HTML, single-threaded: Herald's extractor and SmartReader (a C# port of Mozilla
/// Readability) on the same pages in one run. The pages are the fundus and trafilatura evaluation pages from
/// ../shared/data/extract, read and decompressed once; each benchmark call extracts all of them, so pages per
/// second = the page count printed in the setup line / the time per call. Without the data the benchmarks do
/// nothing and say so. Run:
/// <c>dotnet run -c Release --project bench/Herald.Benchmarks -- --filter '*Extraction*'</c>.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
[MedianColumn]
public class ExtractionBenchmarks
{
    private List<(string Html, string Url)> _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = DataRoot();
        _pages = root is null ? [] : Pages(Path.Combine(root, "fundus", "html")).Concat(Pages(Path.Combine(root, "trafilatura-eval", "html"))).ToList();
        var chars = _pages.Sum(p => (long)p.Html.Length);
        Console.WriteLine(root is null
            ? "// ../shared/data/extract not found: no pages to extract"
            : $"// {_pages.Count} pages, {chars / 1e6:F1} M chars of HTML from {root}");
    }

    [Benchmark(Baseline = true)]
    public int Herald()
    {
        var letters = 0;
        foreach (var (html, url) in _pages)
            letters += HtmlArticleExtractor.Extract(html, url).Text.Length;
        return letters;
    }

    [Benchmark]
    public int SmartReader()
    {
        var letters = 0;
        foreach (var (html, url) in _pages)
            letters += new global::SmartReader.Reader(url, html).GetArticle().TextContent?.Length ?? 0;
        return letters;
    }

    private static IEnumerable<(string, string)> Pages(string folder)
    {
        if (!Directory.Exists(folder))
            yield break;
        foreach (var file in Directory.EnumerateFiles(folder, "*.html.gz").Order(StringComparer.Ordinal))
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            yield return (reader.ReadToEnd(), "https://example.org/" + Path.GetFileName(file));
        }
    }

    private static string? DataRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "extract");
            if (Directory.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
