using System.Text;
using Herald.Entities.Lexicons;
using Herald.Errors;

namespace Herald.Geo;

/// <summary>
/// Places in the world with their names (see <see cref="GeoEntry"/>), looked up by the folded form of a name
/// (<see cref="PlaceNames.Fold"/>), with each country's ISO alpha-3 code and capital. Compiled by
/// <see cref="GazetteerCompiler"/> into Herald's own binary format (<see cref="Write"/>, <see cref="Read"/>).
/// Immutable once loaded; shared by all threads.
/// </summary>
public sealed class GeoGazetteer
{
    /// <summary>The path of the compiled gazetteer under the data folder.</summary>
    public const string RelativePath = "gazetteer/gazetteer.bin";

    /// <summary>The format version written in the header; <see cref="Read"/> accepts only this one.</summary>
    public const int FormatVersion = 1;

    private const string Magic = "HGAZ";

    private static readonly Lazy<GeoGazetteer> s_default = new(() => Load(DataLocator.Find(RelativePath)));

    private readonly GeoEntry[] _entries;
    private readonly NameIndex _names;
    private readonly Dictionary<string, CountryInfo> _countries;

    private GeoGazetteer(GeoEntry[] entries, NameIndex names, Dictionary<string, CountryInfo> countries)
    {
        _entries = entries;
        _names = names;
        _countries = countries;
    }

    /// <summary>A gazetteer over <paramref name="entries"/>, named by <paramref name="names"/> (folded name to entry indices), with <paramref name="countries"/> by ISO alpha-2 code.</summary>
    public GeoGazetteer(IReadOnlyList<GeoEntry> entries, IReadOnlyDictionary<string, int[]> names, IReadOnlyDictionary<string, CountryInfo> countries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(countries);
        _entries = [.. entries];
        _names = NameIndex.Build(names);
        _countries = new Dictionary<string, CountryInfo>(countries, StringComparer.Ordinal);
    }

    /// <summary>The gazetteer found by <see cref="DataLocator"/>, loaded once.</summary>
    /// <exception cref="HeraldException">It is not there; the message lists where Herald looked.</exception>
    public static GeoGazetteer Default => s_default.Value;

    /// <summary>All places.</summary>
    public IReadOnlyList<GeoEntry> Entries => _entries;

    /// <summary>The number of distinct folded names.</summary>
    public int NameCount => _names.Count;

    /// <summary>The places named <paramref name="name"/> (any spelling; it is folded here).</summary>
    public IReadOnlyList<GeoEntry> Lookup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var indices = _names.Find(PlaceNames.Fold(name));
        var found = new GeoEntry[indices.Length];
        for (var i = 0; i < found.Length; i++)
            found[i] = _entries[indices[i]];
        return found;
    }

    /// <summary>The country with ISO alpha-2 code <paramref name="iso2"/>, if listed.</summary>
    public CountryInfo? Country(string iso2) => _countries.GetValueOrDefault(iso2);

    /// <summary>The country with ISO alpha-3 code <paramref name="iso3"/>, if listed.</summary>
    public CountryInfo? CountryByIso3(string iso3) => _countries.Values.FirstOrDefault(c => c.Iso3 == iso3);

    /// <summary>The country's own entry (a <c>PCL*</c> place), if any.</summary>
    public GeoEntry? CountryEntry(CountryInfo country) => country.Entry >= 0 ? _entries[country.Entry] : null;

    /// <summary>The country's capital, if known.</summary>
    public GeoEntry? Capital(CountryInfo country) => country.Capital >= 0 ? _entries[country.Capital] : null;

    /// <summary>Loads a compiled gazetteer file.</summary>
    /// <exception cref="HeraldException">The file is missing or not a Herald gazetteer of this version.</exception>
    public static GeoGazetteer Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, path));
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        return Read(stream, path);
    }

    /// <summary>Reads a gazetteer in Herald's binary format; <paramref name="name"/> names the input in errors.</summary>
    /// <exception cref="HeraldException">It is not a Herald gazetteer of this version.</exception>
    public static GeoGazetteer Read(Stream stream, string name = "gazetteer")
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            var magic = Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length));
            var version = reader.ReadInt32();
            if (magic != Magic || version != FormatVersion)
                throw new HeraldException(new HeraldError(ErrorCatalog.MalformedGeoFile, name, $"not a Herald gazetteer of format {FormatVersion} (header '{magic}' {version}); recompile it with 'herald compile gazetteer'"));
            var countries = ReadCountries(reader);
            var codes = countries.Keys.ToArray();
            var entries = new GeoEntry[reader.ReadInt32()];
            var shared = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < entries.Length; i++)
                entries[i] = ReadEntry(reader, codes, shared);
            return new GeoGazetteer(entries, NameIndex.Read(reader), countries);
        }
        catch (EndOfStreamException)
        {
            throw new HeraldException(new HeraldError(ErrorCatalog.MalformedGeoFile, name, "the gazetteer ends early; recompile it with 'herald compile gazetteer'"));
        }
    }

    /// <summary>Writes this gazetteer in Herald's binary format.</summary>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(FormatVersion);
        var codes = _countries.Keys.Order(StringComparer.Ordinal).ToArray();
        writer.Write(codes.Length);
        foreach (var code in codes)
        {
            var country = _countries[code];
            writer.Write(code);
            writer.Write(country.Iso3);
            writer.Write(country.Name);
            writer.Write(country.Entry);
            writer.Write(country.Capital);
        }
        var codeIndex = codes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        writer.Write(_entries.Length);
        foreach (var entry in _entries)
            WriteEntry(writer, entry, codeIndex);
        _names.Write(writer);
    }

    private static Dictionary<string, CountryInfo> ReadCountries(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var countries = new Dictionary<string, CountryInfo>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var iso2 = reader.ReadString();
            countries[iso2] = new CountryInfo(iso2, reader.ReadString(), reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
        }
        return countries;
    }

    // Coordinates are stored in units of 1e-5 degree (about a metre), which GeoNames' own precision does not exceed.
    private const double CoordinateScale = 100_000;

    private static void WriteEntry(BinaryWriter writer, GeoEntry entry, Dictionary<string, int> codeIndex)
    {
        writer.Write7BitEncodedInt64(entry.GeoNamesId);
        writer.Write(entry.Name);
        writer.Write((short)codeIndex.GetValueOrDefault(entry.Country, -1));
        writer.Write(entry.Admin1);
        writer.Write((int)Math.Round(entry.Latitude * CoordinateScale));
        writer.Write((int)Math.Round(entry.Longitude * CoordinateScale));
        writer.Write7BitEncodedInt64(entry.Population);
        writer.Write((byte)entry.FeatureClass);
        writer.Write(entry.FeatureCode);
        writer.Write(entry.IsCapital);
    }

    // Division and feature codes repeat across entries: each distinct one is kept once.
    private static GeoEntry ReadEntry(BinaryReader reader, string[] codes, Dictionary<string, string> shared)
    {
        var id = reader.Read7BitEncodedInt64();
        var name = reader.ReadString();
        var code = reader.ReadInt16();
        var admin1 = Shared(shared, reader.ReadString());
        return new GeoEntry(id, name, code >= 0 ? codes[code] : "", admin1,
            reader.ReadInt32() / CoordinateScale, reader.ReadInt32() / CoordinateScale, reader.Read7BitEncodedInt64(),
            (char)reader.ReadByte(), Shared(shared, reader.ReadString()), reader.ReadBoolean());
    }

    private static string Shared(Dictionary<string, string> shared, string value)
    {
        if (shared.TryGetValue(value, out var existing))
            return existing;
        shared[value] = value;
        return value;
    }
}

/// <summary>A country: ISO 3166 alpha-2 and alpha-3 codes, English name, and the indices of its own entry and its capital in <see cref="GeoGazetteer.Entries"/> (-1 when none).</summary>
public sealed record CountryInfo(string Iso2, string Iso3, string Name, int Entry, int Capital);
