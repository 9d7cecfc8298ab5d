using BenchmarkDotNet.Attributes;
using Herald.Analysis;
using Herald.Documents;
using Herald.Events;
using Herald.Sources;

namespace Herald.Benchmarks;

/// <summary>
/// What event coding adds to the pipeline, single thread, on the same 200 news articles (BBC, or the sample article
/// where the corpus is absent): <see cref="Pipeline"/> runs every default stage on fresh documents; <see cref="Events"/>
/// runs the event stage alone again on the analysed documents, with the actors the actor stage found. The share is
/// Events / Pipeline; the bound is 15%.
/// Run: <c>dotnet run -c Release --project bench/Herald.Benchmarks -- --filter '*EventBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EventBenchmarks
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
        Console.WriteLine($"// {name}: {_articles.Count:N0} documents, {_analysed.Sum(d => d.TokenCount):N0} tokens, {_analysed.Sum(d => d.Actors.Count):N0} actors, {Events()} events");
    }

    /// <summary>Extracts and analyses every article with all the default stages.</summary>
    [Benchmark(Baseline = true)]
    public int Pipeline()
    {
        var tokens = 0;
        foreach (var article in _articles)
            tokens += _engine.Analyze(article).TokenCount;
        return tokens;
    }

    /// <summary>The event stage alone on the analysed documents and their actors.</summary>
    [Benchmark]
    public int Events()
    {
        var events = 0;
        foreach (var document in _analysed)
        {
            EventStage.Default.Process(document);
            events += document.Events.Count;
        }
        return events;
    }
}
