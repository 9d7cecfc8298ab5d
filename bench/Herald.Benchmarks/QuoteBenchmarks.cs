using BenchmarkDotNet.Attributes;
using Herald.Analysis;
using Herald.Documents;
using Herald.Extraction;
using Herald.Quotes;
using Herald.Sources;

namespace Herald.Benchmarks;

/// <summary>
/// What quote extraction adds to the pipeline, single thread, on the same 200 news articles (BBC, or the sample
/// article where the corpus is absent): <see cref="Pipeline"/> runs every default stage on fresh documents;
/// <see cref="Quotes"/> runs the quote stage alone on documents analysed up to it. The share is Quotes / Pipeline.
/// Run: <c>dotnet run -c Release --project bench/Herald.Benchmarks -- --filter '*QuoteBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class QuoteBenchmarks
{
    private readonly HeraldEngine _engine = HeraldEngine.CreateDefault();
    private List<RawArticle> _articles = [];
    private Document[] _analysed = [];

    [GlobalSetup]
    public void Setup()
    {
        var (name, articles) = Samples.News(200);
        _articles = articles;
        _analysed = [.. articles.Select(article => _engine.Analyze(article))];
        Console.WriteLine($"// {name}: {_articles.Count:N0} documents, {_analysed.Sum(d => d.TokenCount):N0} tokens, {_analysed.Sum(d => d.Quotes.Count):N0} quotes");
    }

    /// <summary>Extracts and analyses every article with all the default stages, quotes included.</summary>
    [Benchmark(Baseline = true)]
    public int Pipeline()
    {
        var quotes = 0;
        foreach (var article in _articles)
            quotes += _engine.Analyze(article).Quotes.Count;
        return quotes;
    }

    /// <summary>The quote stage alone on the analysed documents.</summary>
    [Benchmark]
    public int Quotes()
    {
        var quotes = 0;
        foreach (var document in _analysed)
        {
            QuoteStage.Default.Process(document);
            quotes += document.Quotes.Count;
        }
        return quotes;
    }
}
