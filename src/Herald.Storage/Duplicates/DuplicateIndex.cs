namespace Herald.Storage.Duplicates;

/// <summary>
/// Finds a stored article whose MinHash signature is at least <see cref="Threshold"/> similar to a new one,
/// by locality-sensitive hashing: signatures are cut into <see cref="Bands"/> bands, and only articles that
/// agree on a whole band are compared. Two texts of Jaccard similarity 0.8 share a band with probability
/// 1 - (1 - 0.8^4)^16, over 0.999; two unrelated texts almost never do.
/// </summary>
public sealed class DuplicateIndex
{
    /// <summary>The least estimated Jaccard similarity of shingles for two articles to count as near copies.</summary>
    public const double Threshold = 0.6;

    /// <summary>Bands of the signature.</summary>
    public const int Bands = 16;

    private const int Rows = MinHash.Size / Bands;
    private readonly Dictionary<(int Band, ulong Key), List<(uint[] Signature, long Group)>> _bands = [];

    /// <summary>The number of signatures held.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a stored article's signature and duplicate group.</summary>
    public void Add(uint[] signature, long group)
    {
        ArgumentNullException.ThrowIfNull(signature);
        for (var band = 0; band < Bands; band++)
        {
            var key = (band, KeyOf(signature, band));
            if (!_bands.TryGetValue(key, out var list))
                _bands[key] = list = [];
            list.Add((signature, group));
        }
        Count++;
    }

    /// <summary>
    /// The duplicate group of a new article <paramref name="id"/>: the group of its earliest near copy, else its own
    /// id; its <paramref name="signature"/>, when it has one, is added under that group.
    /// </summary>
    public long Join(uint[]? signature, long id)
    {
        if (signature is null)
            return id;
        var group = FindGroup(signature) ?? id;
        Add(signature, group);
        return group;
    }

    /// <summary>The earliest group with a near copy of <paramref name="signature"/>, or null when there is none.</summary>
    public long? FindGroup(uint[] signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        long? best = null;
        for (var band = 0; band < Bands; band++)
        {
            if (!_bands.TryGetValue((band, KeyOf(signature, band)), out var list))
                continue;
            foreach (var (other, group) in list)
            {
                if ((best is null || group < best) && MinHash.Similarity(signature, other) >= Threshold)
                    best = group;
            }
        }
        return best;
    }

    private static ulong KeyOf(uint[] signature, int band)
    {
        ulong key = 17;
        for (var r = band * Rows; r < (band + 1) * Rows; r++)
            key = (key * 0x100000001b3UL) ^ signature[r];
        return key;
    }
}
