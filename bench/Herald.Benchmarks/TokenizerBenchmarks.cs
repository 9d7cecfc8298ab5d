using BenchmarkDotNet.Attributes;
using Herald.Text;

namespace Herald.Benchmarks;

/// <summary>
/// Tokenizer and sentence-splitter throughput over a news-like text of about 1 MB built from the
/// sample article that ships in the repository. Run: <c>dotnet run -c Release --project bench/Herald.Benchmarks -- --filter '*Tokenizer*'</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TokenizerBenchmarks
{
    private readonly List<TokenSpan> _tokens = new(1 << 18);
    private readonly List<int> _sentences = new(1 << 14);
    private string _text = "";

    /// <summary>Characters in the benchmark text, for throughput in MB/s: bytes ≈ chars for English.</summary>
    public int Chars => _text.Length;

    [GlobalSetup]
    public void Setup()
    {
        var sample = Samples.ArticleText();
        var repeats = Math.Max(1, 1_000_000 / sample.Length);
        _text = string.Join("\n\n", Enumerable.Repeat(sample, repeats));
        Tokenize();
        Console.WriteLine($"// {Chars:N0} chars, {_tokens.Count:N0} tokens");
    }

    [Benchmark]
    public int Tokenize()
    {
        _tokens.Clear();
        NewsTokenizer.Default.Tokenize(_text, _tokens);
        return _tokens.Count;
    }

    [Benchmark]
    public int TokenizeAndSplit()
    {
        Tokenize();
        _sentences.Clear();
        SentenceSplitter.Default.Split(_text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens), _sentences);
        return _sentences.Count;
    }
}
