using BenchmarkDotNet.Attributes;
using Herald.Analysis;
using Herald.Documents;
using Herald.Sources;
using Herald.Tone;

namespace Herald.Benchmarks;

/// <summary>
/// What the tone stage adds to the pipeline per article, single thread, on 200 news articles (BBC, or the sample
/// article where the corpus is absent). <see cref="Pipeline"/> extracts and analyses fresh documents with every
/// default stage, tone included; <see cref="ToneAlone"/> re-scores documents already analysed. The share tone adds
/// is ToneAlone / Pipeline (the Ratio column).
/// Run: <c>dotnet run -c Release --project bench/Herald.Benchmarks -- --filter '*ToneBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ToneBenchmarks
{
    private readonly HeraldEngine _engine = HeraldEngine.CreateDefault();
    private readonly ToneStage _tone = ToneStage.Default;
    private List<RawArticle> _articles = [];
    private Document[] _analysed = [];

    [GlobalSetup]
    public void Setup()
    {
        (var name, _articles) = Samples.News(200);
        _analysed = [.. _articles.Select(article => _engine.Analyze(article))];
        var sentences = _analysed.Sum(d => d.SentenceCount);
        Console.WriteLine($"// {name}: {_analysed.Length:N0} documents, {sentences:N0} sentences, {_analysed.Sum(d => d.TokenCount):N0} tokens");
    }

    /// <summary>Every default stage on fresh documents; returns the words the tone stage counted.</summary>
    [Benchmark(Baseline = true)]
    public int Pipeline() => _articles.Sum(article => _engine.Analyze(article).Tone!.WordCount);

    /// <summary>The tone stage alone on the analysed documents.</summary>
    [Benchmark]
    public int ToneAlone()
    {
        var words = 0;
        foreach (var document in _analysed)
        {
            _tone.Process(document);
            words += document.Tone!.WordCount;
        }
        return words;
    }
}
