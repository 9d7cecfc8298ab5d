using BenchmarkDotNet.Attributes;
using Herald.Documents;
using Herald.Syntax.Tagging;
using Herald.Text;

namespace Herald.Benchmarks;

/// <summary>
/// Part-of-speech tagging and lemmatisation throughput over the sample article that ships in the repository,
/// repeated as separate documents (about 230k tokens in all), with the committed model. A repeated article is
/// kinder to the tagger's per-thread word cache than real news; <c>herald bench</c> over a corpus is the honest
/// figure. Run: <c>dotnet run -c Release --project bench/Herald.Benchmarks -- --filter '*Tagger*'</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TaggerBenchmarks
{
    private const int Articles = 1000;

    private readonly TokenizerStage _tokenizer = new();
    private readonly SentenceStage _sentences = new();
    private readonly TaggerStage _tagger = TaggerStage.Default;
    private string _sample = "";
    private Document[] _documents = [];

    /// <summary>Tokens in all the documents, for throughput in tokens/s.</summary>
    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _sample = Samples.ArticleText();
        _documents = new Document[Articles];
        for (var i = 0; i < Articles; i++)
        {
            _documents[i] = new Document(_sample);
            _tokenizer.Process(_documents[i]);
            _sentences.Process(_documents[i]);
        }
        Tokens = _documents.Sum(d => d.TokenCount);
        Tag();
        Console.WriteLine($"// {Articles:N0} documents, {Tokens:N0} tokens");
    }

    /// <summary>Tags and lemmatises documents already tokenised and split.</summary>
    [Benchmark]
    public int Tag()
    {
        foreach (var document in _documents)
            _tagger.Process(document);
        return Tokens;
    }

    /// <summary>Tokenises, splits, tags and lemmatises fresh documents, as the pipeline does.</summary>
    [Benchmark]
    public int TokenizeSplitTag()
    {
        var tokens = 0;
        for (var i = 0; i < Articles; i++)
        {
            var document = new Document(_sample);
            _tokenizer.Process(document);
            _sentences.Process(document);
            _tagger.Process(document);
            tokens += document.TokenCount;
        }
        return tokens;
    }
}
