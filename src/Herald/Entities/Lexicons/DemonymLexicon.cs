using System.Globalization;
using Herald.Errors;

namespace Herald.Entities.Lexicons;

/// <summary>
/// Country names, their aliases and demonyms, and religious and political group names, from the compiled
/// <c>data/lexicons/demonyms.tsv</c> (see <see cref="DemonymCompiler"/>). Lookups are case-sensitive, on the
/// surface form with single spaces between words. Immutable once loaded; shared by all threads.
/// </summary>
public sealed class DemonymLexicon
{
    /// <summary>The path of the compiled lexicon under the data folder.</summary>
    public const string RelativePath = "lexicons/demonyms.tsv";

    private static readonly Lazy<DemonymLexicon> s_default = new(() => Load(DataLocator.Find(RelativePath)));

    private readonly Dictionary<string, DemonymEntry> _forms;
    private readonly Dictionary<string, string> _countryNames;
    private readonly Dictionary<string, string> _adjectives;

    private DemonymLexicon(Dictionary<string, DemonymEntry> forms, Dictionary<string, string> countryNames, Dictionary<string, string> adjectives)
    {
        _forms = forms;
        _countryNames = countryNames;
        _adjectives = adjectives;
        MaxWords = forms.Keys.Select(f => f.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
    }

    /// <summary>The lexicon found by <see cref="DataLocator"/>, loaded once.</summary>
    /// <exception cref="HeraldException">The compiled file is not found.</exception>
    public static DemonymLexicon Default => s_default.Value;

    /// <summary>The number of forms.</summary>
    public int Count => _forms.Count;

    /// <summary>The most words in one form.</summary>
    public int MaxWords { get; }

    /// <summary>Loads a compiled lexicon file.</summary>
    public static DemonymLexicon Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    /// <summary>Parses compiled lexicon lines: <c>form TAB country-or-dash TAB kind</c>; '#' starts a comment line.</summary>
    public static DemonymLexicon Parse(TextReader reader, string name = "lexicon")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var forms = new Dictionary<string, DemonymEntry>(StringComparer.Ordinal);
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        var adjectives = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var fields = line.Split('\t');
            if (fields.Length < 3 || !Enum.TryParse<DemonymKind>(fields[2], ignoreCase: true, out var kind))
                throw new HeraldException(new HeraldError(ErrorCatalog.Unreadable, $"{name}:{number.ToString(CultureInfo.InvariantCulture)}", "expected 'form TAB country TAB kind'"));
            var country = fields[1] == "-" ? null : fields[1];
            forms.TryAdd(fields[0], new DemonymEntry(country, kind));
            if (country is not null && kind == DemonymKind.Country)
                countries.TryAdd(country, fields[0]);
            if (country is not null && kind == DemonymKind.Adjective)
                adjectives.TryAdd(country, fields[0]);
        }
        return new DemonymLexicon(forms, countries, adjectives);
    }

    /// <summary>Looks up a surface form.</summary>
    public bool TryGet(string form, out DemonymEntry entry) => _forms.TryGetValue(form, out entry);

    /// <summary>Looks up a surface form without allocating.</summary>
    public bool TryGet(ReadOnlySpan<char> form, out DemonymEntry entry) =>
        _forms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out entry);

    /// <summary>The country's own name ("United States" for <c>USA</c>), if known.</summary>
    public string? CountryName(string iso3) => _countryNames.GetValueOrDefault(iso3);

    /// <summary>The country's first adjective ("Russian" for <c>RUS</c>), if known.</summary>
    public string? Adjective(string iso3) => _adjectives.GetValueOrDefault(iso3);

    /// <summary>Every form with its entry.</summary>
    public IEnumerable<KeyValuePair<string, DemonymEntry>> Forms => _forms;
}
