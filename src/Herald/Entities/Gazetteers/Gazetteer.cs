using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace Herald.Entities.Gazetteers;

/// <summary>
/// A compact list of place names (one to <see cref="MaxTokens"/> tokens), stored as 64-bit hashes of the
/// lowercased tokens joined by single spaces, each with the kinds of place it names. Built from GeoNames
/// (countries, capitals, cities, first-level divisions; CC BY 4.0, geonames.org) plus a few continents and
/// regions. Immutable; one instance serves every thread.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The longest name, in tokens.</summary>
    public const int MaxTokens = 5;

    /// <summary>Kinds of place (bits).</summary>
    public const int Country = 1, Capital = 2, City = 4, Town = 8, Admin = 16, Region = 32;

    private readonly Dictionary<ulong, byte> _names;

    /// <summary>A gazetteer over <paramref name="names"/> (name hash to kinds).</summary>
    public Gazetteer(Dictionary<ulong, byte> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = names;
    }

    /// <summary>An empty gazetteer.</summary>
    public static Gazetteer Empty { get; } = new([]);

    /// <summary>Number of names.</summary>
    public int Count => _names.Count;

    /// <summary>The kinds of the name of one or more tokens, or 0 when it is not listed.</summary>
    public int Lookup(ulong nameHash) => _names.TryGetValue(nameHash, out var kinds) ? kinds : 0;

    /// <summary>The hash of the empty name, which <see cref="Extend"/> starts from.</summary>
    public const ulong Seed = 0xCBF29CE484222325UL;

    /// <summary>Extends a name hash by one token (lowercased), with a space before it unless the name is empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Extend(ulong hash, ReadOnlySpan<char> token)
    {
        if (hash != Seed)
            hash = (hash ^ ' ') * 0x100000001B3UL;
        foreach (var c in token)
            hash = (hash ^ char.ToLowerInvariant(c)) * 0x100000001B3UL;
        return hash;
    }

    /// <summary>The hash of a name written with spaces between tokens.</summary>
    public static ulong HashName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var hash = Seed;
        foreach (var token in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            hash = Extend(hash, token);
        return hash;
    }

    /// <summary>Writes the gazetteer.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_names.Count);
        foreach (var (key, kinds) in _names.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(kinds);
        }
    }

    /// <summary>Reads a gazetteer written by <see cref="Write"/>.</summary>
    public static Gazetteer Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        if (count is < 0 or > 50_000_000)
            throw new InvalidDataException("bad gazetteer size");
        var names = new Dictionary<ulong, byte>(count);
        for (var i = 0; i < count; i++)
            names[reader.ReadUInt64()] = reader.ReadByte();
        return new Gazetteer(names);
    }

    /// <summary>
    /// Compiles the GeoNames files in <paramref name="directory"/>: <c>countryInfo.txt</c>, <c>cities15000.txt.gz</c>
    /// (or <c>.txt</c>) and <c>admin1CodesASCII.txt</c>; any that is missing is skipped.
    /// </summary>
    public static Gazetteer FromGeoNames(string directory)
    {
        var names = new Dictionary<ulong, byte>();
        void Add(string name, int kinds)
        {
            name = name.Trim();
            if (name.Length < 2 || name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxTokens)
                return;
            var hash = HashName(name);
            names[hash] = (byte)(names.GetValueOrDefault(hash) | kinds);
        }
        foreach (var fields in Rows(Path.Combine(directory, "countryInfo.txt")))
        {
            if (fields.Length > 5)
            {
                Add(fields[4], Country);
                Add(fields[5], Capital);
            }
        }
        var cities = Path.Combine(directory, "cities15000.txt.gz");
        foreach (var fields in Rows(File.Exists(cities) ? cities : Path.Combine(directory, "cities15000.txt")))
        {
            if (fields.Length > 14 && long.TryParse(fields[14], out var population))
            {
                var kind = population >= 100_000 ? City : Town;
                Add(fields[1], kind);
                Add(fields[2], kind);
            }
        }
        foreach (var fields in Rows(Path.Combine(directory, "admin1CodesASCII.txt")))
        {
            if (fields.Length > 2)
            {
                Add(fields[1], Admin);
                Add(fields[2], Admin);
            }
        }
        foreach (var region in s_regions)
            Add(region, Region);
        return new Gazetteer(names);
    }

    private static readonly string[] s_regions =
    [
        "Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Central America", "Oceania",
        "Antarctica", "Middle East", "Caribbean", "Balkans", "Scandinavia", "Gulf", "Pacific", "Atlantic",
        "Mediterranean", "West Bank", "Gaza Strip", "Gaza", "Siberia", "Caucasus", "Baltics", "Horn of Africa",
    ];

    private static IEnumerable<string[]> Rows(string path)
    {
        if (!File.Exists(path))
            yield break;
        using var stream = File.OpenRead(path);
        using var inner = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
        using var reader = new StreamReader(inner);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            yield return line.Split('\t');
        }
    }
}
