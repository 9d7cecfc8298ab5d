using BenchmarkDotNet.Attributes;
using Herald.Documents;
using Herald.Syntax.Parsing;
using Herald.Syntax.Tagging;
using Herald.Text;

namespace Herald.Benchmarks;

/// <summary>
/// Dependency parsing throughput alone (supertagging included), single thread, with the committed model: the
/// sample article repeated as separate documents (about 230k tokens), tokenised, split and tagged once in setup;
/// each run parses them all again. Tokens/s = <see cref="Tokens"/> / median.
/// Run: <c>dotnet run -c Release --project bench/Herald.Benchmarks -- --filter '*Parser*'</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ParserBenchmarks
{
    private const int Articles = 1000;

    private readonly ParserStage _parser = ParserStage.Default;
    private Document[] _documents = [];

    /// <summary>Tokens in all the documents, for throughput in tokens/s.</summary>
    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var sample = Samples.ArticleText();
        var tokenizer = new TokenizerStage();
        var sentences = new SentenceStage();
        _documents = new Document[Articles];
        for (var i = 0; i < Articles; i++)
        {
            _documents[i] = new Document(sample);
            tokenizer.Process(_documents[i]);
            sentences.Process(_documents[i]);
            TaggerStage.Default.Process(_documents[i]);
        }
        Tokens = _documents.Sum(d => d.TokenCount);
        Parse();
        Console.WriteLine($"// {Articles:N0} documents, {Tokens:N0} tokens");
    }

    /// <summary>Parses documents already tagged.</summary>
    [Benchmark]
    public int Parse()
    {
        foreach (var document in _documents)
            _parser.Process(document);
        return Tokens;
    }
}
