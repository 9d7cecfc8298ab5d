namespace Herald.Syntax.Tagging;

/// <summary>
/// The tagger's classes: consistent (UPOS, XPOS) pairs such as <c>NOUN/NN</c> or <c>AUX/VBZ</c>, so one
/// prediction gives both tags. Ids index <see cref="UniversalTags"/> and <see cref="PennTags"/>.
/// </summary>
public sealed class TagSet
{
    private readonly short[] _upos;
    private readonly short[] _xpos;
    private readonly Dictionary<(short, short), int> _ids = [];

    /// <summary>A tag set over the given pairs, in class order.</summary>
    /// <exception cref="InvalidDataException">A tag is not in the UD or Penn table.</exception>
    public TagSet(IReadOnlyList<(string Upos, string Xpos)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        _upos = new short[pairs.Count];
        _xpos = new short[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            _upos[i] = UniversalTags.IdOf(pairs[i].Upos);
            _xpos[i] = PennTags.IdOf(pairs[i].Xpos);
            if (_upos[i] < 0 || _xpos[i] < 0)
                throw new InvalidDataException($"unknown tag pair {pairs[i].Upos}/{pairs[i].Xpos}");
            _ids.Add((_upos[i], _xpos[i]), i);
        }
        Pairs = pairs.ToArray();
    }

    /// <summary>The pairs, in class order.</summary>
    public IReadOnlyList<(string Upos, string Xpos)> Pairs { get; }

    /// <summary>Number of classes.</summary>
    public int Count => _upos.Length;

    /// <summary>The UPOS id of class <paramref name="id"/>.</summary>
    public short Upos(int id) => _upos[id];

    /// <summary>The XPOS id of class <paramref name="id"/>.</summary>
    public short Xpos(int id) => _xpos[id];

    /// <summary>The class of a pair, or -1.</summary>
    public int IdOf(string upos, string xpos) =>
        _ids.GetValueOrDefault((UniversalTags.IdOf(upos), PennTags.IdOf(xpos)), -1);

    /// <summary>
    /// Chooses the classes from training counts: pairs seen at least <paramref name="minCount"/> times, most
    /// frequent first (ordinal order on ties, so the choice is deterministic).
    /// </summary>
    public static TagSet FromCounts(IReadOnlyDictionary<(string Upos, string Xpos), int> counts, int minCount)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var kept = counts
            .Where(p => p.Value >= minCount && UniversalTags.IdOf(p.Key.Upos) >= 0 && PennTags.IdOf(p.Key.Xpos) >= 0)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key.Upos, StringComparer.Ordinal).ThenBy(p => p.Key.Xpos, StringComparer.Ordinal)
            .Select(p => p.Key)
            .ToList();
        return new TagSet(kept);
    }

    /// <summary>
    /// The class that stands for a pair in training: the pair itself if kept, else the most frequent kept
    /// pair with the same UPOS, else with the same XPOS, else class 0.
    /// </summary>
    public int Nearest(string upos, string xpos)
    {
        var id = IdOf(upos, xpos);
        if (id >= 0)
            return id;
        var u = UniversalTags.IdOf(upos);
        for (var i = 0; i < Count; i++)
        {
            if (_upos[i] == u)
                return i;
        }
        var x = PennTags.IdOf(xpos);
        for (var i = 0; i < Count; i++)
        {
            if (_xpos[i] == x)
                return i;
        }
        return 0;
    }
}
