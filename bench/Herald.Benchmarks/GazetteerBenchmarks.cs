using BenchmarkDotNet.Attributes;
using Herald.Entities.Lexicons;
using Herald.Geo;

namespace Herald.Benchmarks;

/// <summary>
/// Loading the compiled gazetteer (<c>data/gazetteer/gazetteer.bin</c>, found as the engine finds it) from disk:
/// the target is at most 300 ms. Run: <c>dotnet run -c Release --project bench/Herald.Benchmarks -- --filter '*GazetteerBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class GazetteerBenchmarks
{
    private string _path = "";

    [GlobalSetup]
    public void Setup() => _path = DataLocator.Find(GeoGazetteer.RelativePath);

    [Benchmark]
    public int Load() => GeoGazetteer.Load(_path).Entries.Count;
}
