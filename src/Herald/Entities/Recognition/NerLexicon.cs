using Herald.Entities.Gazetteers;
using Herald.Learning;
using Herald.Syntax;

namespace Herald.Entities.Recognition;

/// <summary>
/// What the recognizer knows about words beyond its weights: distributional word clusters at two granularities,
/// induced from raw news by <see cref="WordClusterer"/> over exact (cased) forms, and a gazetteer of place names.
/// </summary>
public sealed class NerLexicon
{
    private readonly Dictionary<ulong, uint> _clusters;

    /// <summary>A lexicon of <paramref name="clusters"/> (form hash to coarse cluster + 1 in the high 16 bits, fine + 1 in the low) and <paramref name="gazetteer"/>.</summary>
    public NerLexicon(Dictionary<ulong, uint> clusters, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(gazetteer);
        _clusters = clusters;
        Gazetteer = gazetteer;
    }

    /// <summary>An empty lexicon.</summary>
    public static NerLexicon Empty { get; } = new([], Gazetteer.Empty);

    /// <summary>The place names.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>Number of clustered word forms.</summary>
    public int ClusterCount => _clusters.Count;

    /// <summary>The packed clusters of a form hash, or 0.</summary>
    public uint ClusterOf(ulong formHash) => _clusters.TryGetValue(formHash, out var c) ? c : 0;

    /// <summary>Writes the lexicon.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_clusters.Count);
        foreach (var (key, value) in _clusters.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(value);
        }
        Gazetteer.Write(writer);
    }

    /// <summary>Reads a lexicon written by <see cref="Write"/>.</summary>
    public static NerLexicon Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        if (count is < 0 or > 50_000_000)
            throw new InvalidDataException("bad cluster table size");
        var clusters = new Dictionary<ulong, uint>(count);
        for (var i = 0; i < count; i++)
            clusters[reader.ReadUInt64()] = reader.ReadUInt32();
        return new NerLexicon(clusters, Gazetteer.Read(reader));
    }

    /// <summary>
    /// Clusters the cased word forms of <paramref name="rawFiles"/> (news in any format Herald reads) twice:
    /// into <paramref name="coarse"/> and into <paramref name="fine"/> clusters. Deterministic for a seed.
    /// </summary>
    public static Dictionary<ulong, uint> BuildClusters(IEnumerable<string> rawFiles, int coarse, int fine, int vocabulary, int seed, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(rawFiles);
        ArgumentNullException.ThrowIfNull(log);
        var coarseClusterer = new WordClusterer(vocabulary, clusters: coarse, seed: seed);
        var fineClusterer = new WordClusterer(vocabulary, clusters: fine, seed: seed);
        RawTextWords.Read(rawFiles, form => FeatureHash.Chars(form[..Math.Min(form.Length, NerWord.MaxChars)]), words =>
        {
            coarseClusterer.Add(words);
            fineClusterer.Add(words);
        });
        var result = new Dictionary<ulong, uint>();
        if (coarseClusterer.Words == 0)
            return result;
        foreach (var (word, cluster) in coarseClusterer.Build())
            result[word] = (uint)(cluster + 1) << 16;
        foreach (var (word, cluster) in fineClusterer.Build())
            result[word] = result.GetValueOrDefault(word) | (uint)(cluster + 1);
        log.WriteLine($"clustered {result.Count:N0} word forms from {coarseClusterer.Words:N0} words of raw text");
        return result;
    }
}
