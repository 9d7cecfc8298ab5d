using System.Globalization;
using Herald.Errors;

namespace Herald.Entities.Lexicons;

/// <summary>
/// Compiles the demonym lexicon from GeoNames <c>countryInfo.txt</c> (country names and ISO codes; CC BY 4.0,
/// © GeoNames) and Herald's own source list of adjectives, peoples, aliases and groups
/// (<c>data/lexicons/source/demonyms.txt</c>) into the compact TSV that <see cref="DemonymLexicon"/> reads.
/// The output is sorted, so the same inputs give the same bytes.
/// </summary>
public static class DemonymCompiler
{
    /// <summary>The source list's path under the data folder.</summary>
    public const string SourceRelativePath = "lexicons/source/demonyms.txt";

    /// <summary>Compiles the lexicon lines (<c>form TAB country TAB kind</c>), header first.</summary>
    public static IReadOnlyList<string> Compile(string countryInfoPath, string sourcePath)
    {
        var rows = new Dictionary<string, (string Country, DemonymKind Kind)>(StringComparer.Ordinal);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (iso3, name) in ReadCountryInfo(countryInfoPath))
        {
            known.Add(iso3);
            rows.TryAdd(name, (iso3, DemonymKind.Country));
        }
        var number = 0;
        foreach (var line in File.ReadLines(sourcePath))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var fields = line.Split('\t');
            if (fields.Length < 3)
                throw Bad(sourcePath, number, "expected 'ISO3 TAB adjectives TAB peoples TAB aliases' or '@kind TAB singulars TAB plurals'");
            if (fields[0].StartsWith('@'))
            {
                if (!Enum.TryParse<DemonymKind>(fields[0][1..], ignoreCase: true, out var kind) || kind is not (DemonymKind.Religious or DemonymKind.Political))
                    throw Bad(sourcePath, number, $"unknown group kind '{fields[0]}'; use @religious or @political");
                foreach (var form in Forms(fields[1]).Concat(Forms(fields[2])))
                    rows.TryAdd(form, ("-", kind));
                continue;
            }
            var country = fields[0];
            if (!known.Contains(country))
                throw Bad(sourcePath, number, $"'{country}' is not an ISO 3166 alpha-3 code in {Path.GetFileName(countryInfoPath)}");
            foreach (var form in Forms(fields[1]))
                rows.TryAdd(form, (country, DemonymKind.Adjective));
            foreach (var form in Forms(fields[2]))
                rows.TryAdd(form, (country, DemonymKind.People));
            foreach (var form in fields.Length > 3 ? Forms(fields[3]) : [])
                rows.TryAdd(form, (country, DemonymKind.Alias));
        }
        var lines = new List<string>(rows.Count + 3)
        {
            "# Herald demonym lexicon: form <TAB> ISO 3166 alpha-3 (or -) <TAB> kind. Compiled by 'herald compile demonyms'.",
            "# Country names and codes from GeoNames countryInfo.txt (CC BY 4.0, (c) GeoNames, https://www.geonames.org/);",
            "# demonyms, aliases and groups from Herald's data/lexicons/source/demonyms.txt.",
        };
        foreach (var (form, (country, kind)) in rows.OrderBy(r => r.Key, StringComparer.Ordinal))
            lines.Add($"{form}\t{country}\t{kind.ToString().ToLowerInvariant()}");
        return lines;
    }

    /// <summary>Reads ISO3 codes and English names from GeoNames <c>countryInfo.txt</c>.</summary>
    public static IEnumerable<(string Iso3, string Name)> ReadCountryInfo(string path)
    {
        if (!File.Exists(path))
            throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, path));
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var fields = line.Split('\t');
            if (fields.Length < 5 || fields[1].Length != 3)
                throw Bad(path, number, "expected GeoNames countryInfo columns: ISO, ISO3, ISO-Numeric, fips, Country, ...");
            yield return (fields[1], fields[4].Trim());
        }
    }

    private static IEnumerable<string> Forms(string column) =>
        column == "-" ? [] : column.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static HeraldException Bad(string path, int line, string message) =>
        new(new HeraldError(ErrorCatalog.Unreadable, $"{path}:{line.ToString(CultureInfo.InvariantCulture)}", message));
}
