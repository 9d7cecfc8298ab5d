using System.Globalization;
using System.IO.Compression;
using Herald.Entities.Lexicons;
using Herald.Errors;

namespace Herald.Geo;

/// <summary>
/// Compiles <see cref="GeoGazetteer"/> from a GeoNames folder: <c>cities15000.txt.gz</c> (cities with their
/// alternate names), <c>cities1000.tsv.gz</c> (smaller places), <c>countryInfo.txt</c> (countries and capitals)
/// and <c>admin1CodesASCII.txt</c> (first-level divisions), plus the country names and aliases of Herald's demonym
/// lexicon ("U.S.", "Britain") and its demonyms ("French", "Russians"), which name the country as a place. Alternate names that are not Latin-script or are codes are dropped. Countries and
/// divisions have no coordinates in these files: they get the middle of the range their places span (countries the
/// team's reference point where its list has one), and divisions the
/// sum of their places' populations. The team's own source folder adds those reference points
/// (<c>centres.tsv</c>), the short forms news writes for divisions ("Calif.", "W.Va.";
/// <c>division-names.tsv</c>), the continents (<c>continents.tsv</c>) and regions, seas and straits that GeoNames'
/// city and division files lack (<c>regions.tsv</c>: "Middle East", "Darfur", "Strait of Hormuz").
/// </summary>
public static class GazetteerCompiler
{
    /// <summary>Herald's list of country reference points, under the data folder; its folder holds the team's other sources.</summary>
    public const string CentresRelativePath = "gazetteer/source/centres.tsv";

    /// <summary>
    /// Compiles the gazetteer from the GeoNames folder <paramref name="folder"/> and <paramref name="demonyms"/>, with
    /// the team's sources in <paramref name="sourceFolder"/> when given (each of its files is optional): reference
    /// points (ISO alpha-2 or, for a division, COUNTRY.CODE; latitude; longitude) for the countries and divisions
/// <c>centres.tsv</c> lists, short names of
    /// divisions (ISO alpha-2, division code, name) in <c>division-names.tsv</c>, continents (GeoNames id, name,
    /// latitude, longitude, population, other names separated by commas) in <c>continents.tsv</c>, and regions (name,
    /// ISO alpha-2 or '-', latitude, longitude, population, feature class and code as "L.RGN", other names) in
    /// <c>regions.tsv</c>.
    /// </summary>
    /// <exception cref="HeraldException">A file is missing or malformed.</exception>
    public static GeoGazetteer Compile(string folder, DemonymLexicon demonyms, string? sourceFolder = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(demonyms);
        var centres = Optional(sourceFolder, "centres.tsv") is { } centresPath ? ReadCentres(centresPath) : [];
        var builder = new Builder();
        var cities = ReadCities15000(Path.Combine(folder, "cities15000.txt.gz"), builder);
        ReadCities1000(Path.Combine(folder, "cities1000.tsv.gz"), builder, cities);
        var divisions = ReadAdmin1(Path.Combine(folder, "admin1CodesASCII.txt"), builder, centres);
        if (Optional(sourceFolder, "division-names.tsv") is { } divisionNames)
            ReadDivisionNames(divisionNames, builder, divisions);
        ReadCountries(Path.Combine(folder, "countryInfo.txt"), builder, demonyms, centres);
        if (Optional(sourceFolder, "continents.tsv") is { } continents)
            ReadContinents(continents, builder);
        if (Optional(sourceFolder, "regions.tsv") is { } regions)
            ReadRegions(regions, builder);
        return builder.Build();
    }

    private static string? Optional(string? folder, string name) =>
        folder is not null && File.Exists(Path.Combine(folder, name)) ? Path.Combine(folder, name) : null;

    private static Dictionary<string, (double Lat, double Lon)> ReadCentres(string path) =>
        Rows(path, 3, skipHeader: false).ToDictionary(r => r.Fields[0], r => (Double(r.Fields[1], path, r.Line), Double(r.Fields[2], path, r.Line)), StringComparer.Ordinal);

    private static void ReadDivisionNames(string path, Builder builder, Dictionary<string, int> divisions)
    {
        foreach (var (f, line) in Rows(path, 3, skipHeader: false))
        {
            if (!divisions.TryGetValue($"{f[0]}.{f[1]}", out var index))
                throw Malformed(path, line, $"no division {f[0]}.{f[1]} in admin1CodesASCII.txt");
            builder.Name(index, f[2]);
        }
    }

    private static void ReadContinents(string path, Builder builder)
    {
        foreach (var (f, line) in Rows(path, 6, skipHeader: false))
        {
            var index = builder.Add(new GeoEntry(Long(f[0], path, line), f[1], "", "", Double(f[2], path, line), Double(f[3], path, line),
                Long(f[4], path, line), 'L', "CONT", false));
            builder.Name(index, f[1]);
            foreach (var name in f[5].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                builder.Name(index, name);
        }
    }

    // Regions, seas and straits without a GeoNames id: name, country (or '-'), latitude, longitude, population,
    // "class.code", other names.
    private static void ReadRegions(string path, Builder builder)
    {
        foreach (var (f, line) in Rows(path, 7, skipHeader: false))
        {
            if (f[5].Split('.') is not [[var featureClass], { Length: > 0 } featureCode])
                throw Malformed(path, line, $"feature '{f[5]}', expected a class letter, a dot and a code such as L.RGN");
            var index = builder.Add(new GeoEntry(0, f[0], f[1] == "-" ? "" : f[1], "", Double(f[2], path, line), Double(f[3], path, line),
                Long(f[4], path, line), featureClass, featureCode, false));
            builder.Name(index, f[0]);
            foreach (var name in f[6].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                builder.Name(index, name);
        }
    }

    private static HashSet<long> ReadCities15000(string path, Builder builder)
    {
        var ids = new HashSet<long>();
        foreach (var (f, line) in Rows(path, 19, skipHeader: false))
        {
            var entry = new GeoEntry(Long(f[0], path, line), f[1], f[8], f[10], Double(f[4], path, line), Double(f[5], path, line),
                Long(f[14], path, line), f[6].Length > 0 ? f[6][0] : 'P', f[7], f[7] == "PPLC");
            var index = builder.Add(entry);
            builder.Name(index, f[1]);
            builder.Name(index, f[2]);
            foreach (var alternate in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (PlaceNames.IsUsableAlternate(alternate, PlaceNames.Fold(alternate)))
                    builder.Name(index, alternate);
            }
            ids.Add(entry.GeoNamesId);
        }
        return ids;
    }

    private static void ReadCities1000(string path, Builder builder, HashSet<long> known)
    {
        foreach (var (f, line) in Rows(path, 9, skipHeader: true))
        {
            var id = Long(f[0], path, line);
            if (known.Contains(id))
                continue;
            var index = builder.Add(new GeoEntry(id, f[1], f[3], f[5], Double(f[7], path, line), Double(f[8], path, line),
                Long(f[6], path, line), 'P', f[4], f[4] == "PPLC"));
            builder.Name(index, f[1]);
            foreach (var alternate in f[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (PlaceNames.IsUsableAlternate(alternate, PlaceNames.Fold(alternate)))
                    builder.Name(index, alternate);
            }
        }
    }

    // The divisions by "COUNTRY.CODE", as indices of the builder.
    private static Dictionary<string, int> ReadAdmin1(string path, Builder builder, Dictionary<string, (double Lat, double Lon)> centres)
    {
        var divisions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (f, line) in Rows(path, 4, skipHeader: false))
        {
            var dot = f[0].IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
                throw Malformed(path, line, "the first column is not COUNTRY.CODE");
            var (country, code) = (f[0][..dot], f[0][(dot + 1)..]);
            var (lat, lon, population) = builder.Centre(country, code);
            if (centres.TryGetValue(f[0], out var centre))
                (lat, lon) = centre;
            var index = builder.Add(new GeoEntry(Long(f[3], path, line), f[2], country, code, lat, lon, population, 'A', "ADM1", false));
            builder.Name(index, f[1]);
            builder.Name(index, f[2]);
            divisions[f[0]] = index;
        }
        return divisions;
    }

    private static void ReadCountries(string path, Builder builder, DemonymLexicon demonyms, Dictionary<string, (double Lat, double Lon)> centres)
    {
        foreach (var (f, line) in Rows(path, 17, skipHeader: false))
        {
            var (iso2, iso3, name, capital) = (f[0], f[1], f[4], f[5]);
            var computed = builder.Centre(iso2, null);
            var (lat, lon) = centres.TryGetValue(iso2, out var centre) ? centre : (computed.Lat, computed.Lon);
            var index = builder.Add(new GeoEntry(Long(f[16], path, line), name, iso2, "", lat, lon, Long(f[7], path, line), 'A', "PCLI", false));
            builder.Name(index, name);
            foreach (var form in demonyms.Forms.Where(form => form.Value.Country == iso3 && form.Value.Kind is DemonymKind.Country or DemonymKind.Alias or DemonymKind.Adjective or DemonymKind.People))
                builder.Name(index, form.Key);
            builder.Country(new CountryInfo(iso2, iso3, name, index, builder.FindCapital(iso2, capital)));
        }
    }

    private static IEnumerable<(string[] Fields, int Line)> Rows(string path, int columns, bool skipHeader)
    {
        if (!File.Exists(path))
            throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, path));
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || (skipHeader && number == 1))
                continue;
            var fields = line.Split('\t');
            if (fields.Length < columns)
                throw Malformed(path, number, $"{fields.Length} tab-separated fields, expected {columns}");
            yield return (fields, number);
        }
    }

    private static long Long(string text, string path, int line) =>
        text.Length == 0 ? 0 : long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw Malformed(path, line, $"'{text}' is not a whole number");

    private static double Double(string text, string path, int line) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw Malformed(path, line, $"'{text}' is not a number");

    private static HeraldException Malformed(string path, int line, string detail) =>
        new(new HeraldError(ErrorCatalog.MalformedGeoFile, $"{path}:{line}", detail));

    private sealed class Builder
    {
        private readonly List<GeoEntry> _entries = [];
        private readonly Dictionary<string, List<int>> _names = new(StringComparer.Ordinal);
        private readonly Dictionary<string, CountryInfo> _countries = new(StringComparer.Ordinal);

        public int Add(GeoEntry entry)
        {
            _entries.Add(entry);
            return _entries.Count - 1;
        }

        public void Name(int index, string name)
        {
            var folded = PlaceNames.Fold(name);
            if (folded.Length == 0)
                return;
            if (!_names.TryGetValue(folded, out var list))
                _names[folded] = list = [];
            if (list.Count == 0 || list[^1] != index)
                list.Add(index);
        }

        public void Country(CountryInfo country) => _countries[country.Iso2] = country;

        private ILookup<string, int>? _placesByCountry;

        // The populated places of a country, indexed once all places are in.
        private IEnumerable<int> PlacesIn(string country) =>
            (_placesByCountry ??= Enumerable.Range(0, _entries.Count).Where(i => _entries[i].FeatureClass == 'P').ToLookup(i => _entries[i].Country, StringComparer.Ordinal))[country];

        // The centre of a country or of one of its divisions: the middle of the range its populated places span in
        // latitude and longitude, leaving out the outer 2% on each side (outlying islands, exclaves); and their total population.
        public (double Lat, double Lon, long Population) Centre(string country, string? admin1)
        {
            var places = PlacesIn(country).Select(i => _entries[i]).Where(e => admin1 is null || e.Admin1 == admin1).ToList();
            return places.Count == 0 ? (0, 0, 0) : (MidRange(places.Select(e => e.Latitude)), MidRange(places.Select(e => e.Longitude)), places.Sum(e => e.Population));
        }

        private static double MidRange(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            var trim = (int)(sorted.Length * 0.02);
            return (sorted[trim] + sorted[sorted.Length - 1 - trim]) / 2;
        }

        public int FindCapital(string iso2, string name)
        {
            var inCountry = PlacesIn(iso2).ToList();
            var marked = inCountry.Where(i => _entries[i].IsCapital).ToList();
            if (marked.Count > 0)
                return marked.MaxBy(i => _entries[i].Population);
            var folded = PlaceNames.Fold(name);
            var named = inCountry.Where(i => PlaceNames.Fold(_entries[i].Name) == folded).ToList();
            return named.Count > 0 ? named.MaxBy(i => _entries[i].Population) : -1;
        }

        public GeoGazetteer Build() => new(_entries, _names.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal), _countries);
    }
}
