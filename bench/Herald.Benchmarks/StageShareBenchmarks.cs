using BenchmarkDotNet.Attributes;
using Herald.Analysis;
using Herald.Documents;
using Herald.Pipeline;
using Herald.Sources;

namespace Herald.Benchmarks;

/// <summary>
/// What one stage adds to the pipeline, single thread, on the same 200 news articles (BBC, or the sample article
/// where the corpus is absent): <see cref="Pipeline"/> runs every default stage on fresh documents;
/// <see cref="Stage"/> runs the stage alone on documents analysed up to it. The share is Stage / Pipeline.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public abstract class StageShareBenchmarks
{
    private readonly HeraldEngine _engine = HeraldEngine.CreateDefault();
    private List<RawArticle> _articles = [];
    private Document[] _analysed = [];

    /// <summary>The stage measured.</summary>
    protected abstract IStage Measured { get; }

    /// <summary>What the stage found in a document, to report and to return.</summary>
    protected abstract int Found(Document document);

    [GlobalSetup]
    public void Setup()
    {
        var (name, articles) = Samples.News(200);
        _articles = articles;
        _analysed = [.. articles.Select(article => _engine.Analyze(article))];
        Console.WriteLine($"// {name}: {_articles.Count:N0} documents, {_analysed.Sum(d => d.TokenCount):N0} tokens, {_analysed.Sum(Found):N0} found by {Measured.Name}");
    }

    /// <summary>Extracts and analyses every article with all the default stages.</summary>
    [Benchmark(Baseline = true)]
    public int Pipeline()
    {
        var found = 0;
        foreach (var article in _articles)
            found += Found(_engine.Analyze(article));
        return found;
    }

    /// <summary>The stage alone on the analysed documents.</summary>
    [Benchmark]
    public int Stage()
    {
        var found = 0;
        foreach (var document in _analysed)
        {
            Measured.Process(document);
            found += Found(document);
        }
        return found;
    }
}
