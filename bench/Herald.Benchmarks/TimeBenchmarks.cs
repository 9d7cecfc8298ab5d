using BenchmarkDotNet.Attributes;
using Herald.Analysis;
using Herald.Documents;
using Herald.Extraction;
using Herald.Sources;
using Herald.Time;

namespace Herald.Benchmarks;

/// <summary>
/// The time stage alone over tokenised, split and tagged news: the BBC corpus (2,225 articles) from
/// <c>../shared/data/corpora/bbc.jsonl.gz</c>, or, where that is absent, the repository's sample article
/// repeated 1,000 times (said in the output). Throughput is the token count over the median time.
/// Run: <c>dotnet run -c Release --project bench/Herald.Benchmarks -- --filter '*TimeBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TimeBenchmarks
{
    private readonly TimeStage _time = TimeStage.Default;
    private Document[] _documents = [];

    /// <summary>Tokens in all the documents, for throughput in tokens/s.</summary>
    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var upToTags = HeraldEngine.CreateDefault("tagger").Pipeline;
        var (name, texts) = Samples.News(1000);
        _documents = [.. texts.Select(text =>
        {
            var document = ArticleExtractor.Extract(text);
            upToTags.Process(document);
            return document;
        })];
        Tokens = _documents.Sum(d => d.TokenCount);
        Console.WriteLine($"// {name}: {_documents.Length:N0} documents, {Tokens:N0} tokens");
    }

    /// <summary>Finds and resolves the time expressions of every document.</summary>
    [Benchmark]
    public int Recognize()
    {
        var found = 0;
        foreach (var document in _documents)
        {
            document.Times.Clear();
            _time.Process(document);
            found += document.Times.Count;
        }
        return found;
    }
}
