namespace Herald.Geo;

/// <summary>
/// Places that the gazetteer does not list, placed from their article. The entries have no GeoNames id
/// (<see cref="GeoEntry.IsListed"/> is false) and estimated coordinates.
/// <list type="bullet">
/// <item>Second-level divisions ("Laurel County", "Rapides Parish", "Hamilton Township"): GeoNames' files give
/// first-level divisions only. Such a division is placed in the division its name is qualified by ("Laurel County,
/// Ky."), else in the first-level division holding most of the article's populated places (local news names its own
/// county alongside its own towns) of the country its style of name points to (<see cref="CountryOf"/>).</item>
/// <item>Small towns named with their division in the news agencies' short form ("Bethel, Vt."), when no town of that
/// name in the division is listed: the short form leaves no doubt about the division.</item>
/// </list>
/// Either lies at the middle of the article's places in its division, or, with none, at the division's own point.
/// </summary>
public static class UnlistedPlaces
{
    /// <summary>The GeoNames feature code given to unlisted divisions.</summary>
    public const string DivisionFeatureCode = "ADM2";

    /// <summary>The GeoNames feature code given to unlisted towns.</summary>
    public const string TownFeatureCode = "PPL";

    private static readonly string[] s_divisionWords = [" county", " parish", " township", " twp"];

    /// <summary>Whether the folded name (see <see cref="PlaceNames.Fold"/>) ends with a word for a second-level division.</summary>
    public static bool IsDivisionName(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        return s_divisionWords.Any(w => folded.Length > w.Length && folded.EndsWith(w, StringComparison.Ordinal));
    }

    /// <summary>
    /// The country (ISO alpha-2) that the folded division name points to: "Henry County" and "Rapides Parish", with the
    /// division word after the name, are in English the style of the United States; null for other names.
    /// </summary>
    public static string? CountryOf(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        return folded.EndsWith(" county", StringComparison.Ordinal) || folded.EndsWith(" parish", StringComparison.Ordinal) ? "US" : null;
    }

    /// <summary>
    /// The second-level division called <paramref name="name"/>, inside <paramref name="qualifier"/> (a first-level
    /// division) when given, else inside the first-level division holding most of <paramref name="places"/> (the
    /// article's populated places, in order of first mention; ties go to the first named); null when neither gives a
    /// division.
    /// </summary>
    public static GeoEntry? Division(string name, GeoEntry? qualifier, IEnumerable<GeoEntry> places)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(places);
        var styleCountry = CountryOf(PlaceNames.Fold(name));
        return Placed(name, qualifier, places.Where(p => styleCountry is null || p.Country == styleCountry), 'A', DivisionFeatureCode);
    }

    /// <summary>The town called <paramref name="name"/> inside the first-level <paramref name="division"/>, among the article's <paramref name="places"/>.</summary>
    public static GeoEntry Town(string name, GeoEntry division, IEnumerable<GeoEntry> places)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(division);
        ArgumentNullException.ThrowIfNull(places);
        return Placed(name, division, places, 'P', TownFeatureCode)!;
    }

    /// <summary>
    /// A place called <paramref name="name"/> that the gazetteer lacks but the text surely names, in the first-level
    /// division holding most of the article's populated <paramref name="places"/>, at their middle; null when the
    /// article names none. Local news names its own small places ("Meadow Grove", "Neches River") beside its towns.
    /// </summary>
    public static GeoEntry? Local(string name, IEnumerable<GeoEntry> places)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(places);
        var (featureClass, featureCode) = FeatureOf(PlaceNames.Fold(name));
        return Placed(name, null, places, featureClass, featureCode);
    }

    // An unlisted entry inside `division` when given (never null then), else inside the first-level division holding
    // most of `places`; at the middle of the places there, or at the division's own point.
    private static GeoEntry? Placed(string name, GeoEntry? division, IEnumerable<GeoEntry> places, char featureClass, string featureCode)
    {
        var list = places.ToList();
        var (country, admin1) = division is not null ? (division.Country, division.Admin1) : HomeDivision(list);
        if (country is null)
            return null;
        var (lat, lon) = Middle(list, country, admin1!) ?? (division!.Latitude, division.Longitude);
        return new GeoEntry(0, name, country, admin1!, lat, lon, 0, featureClass, featureCode, false);
    }

    // Words for geographic features, at the end of a name ("Neches River") or at its start ("Lake Vermont"), with the
    // GeoNames feature class and code they give.
    private static readonly (string Word, char Class, string Code)[] s_featureWords =
    [
        ("river", 'H', "STM"), ("creek", 'H', "STM"), ("brook", 'H', "STM"), ("lake", 'H', "LK"), ("bay", 'H', "BAY"),
        ("park", 'L', "PRK"), ("island", 'T', "ISL"), ("islands", 'T', "ISLS"), ("mountain", 'T', "MT"),
        ("mountains", 'T', "MTS"), ("mount", 'T', "MT"), ("mt", 'T', "MT"), ("valley", 'T', "VAL"),
    ];

    /// <summary>Whether the folded name begins or ends with a word for a geographic feature ("Neches River", "Lake Vermont").</summary>
    public static bool HasFeatureWord(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        return FeatureWordOf(folded) is not null;
    }

    /// <summary>
    /// Whether the folded name ends with a word for a geographic feature ("Neches River", "Farallon Islands"): unlike
    /// a leading one ("Mount Sinai Hospital"), it heads the name.
    /// </summary>
    public static bool EndsWithFeatureWord(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        return s_featureWords.Any(f => EndsWithWord(folded, f.Word));
    }

    private static (char Class, string Code) FeatureOf(string folded) =>
        FeatureWordOf(folded) is { } feature ? (feature.Class, feature.Code) : ('P', TownFeatureCode);

    private static (string Word, char Class, string Code)? FeatureWordOf(string folded)
    {
        foreach (var feature in s_featureWords)
        {
            if (EndsWithWord(folded, feature.Word) || StartsWithWord(folded, feature.Word))
                return feature;
        }
        return null;
    }

    // Whether `word` is the last (first) of the words of `name`, with a space before (after) it.
    private static bool EndsWithWord(string name, string word) =>
        name.Length > word.Length && name.EndsWith(word, StringComparison.Ordinal) && name[^(word.Length + 1)] == ' ';

    private static bool StartsWithWord(string name, string word) =>
        name.Length > word.Length && name.StartsWith(word, StringComparison.Ordinal) && name[word.Length] == ' ';

    private static (double, double)? Middle(List<GeoEntry> places, string country, string admin1)
    {
        var inside = places.Where(p => p.Country == country && p.Admin1 == admin1).ToList();
        return inside.Count > 0 ? (inside.Average(p => p.Latitude), inside.Average(p => p.Longitude)) : null;
    }

    private static (string? Country, string? Admin1) HomeDivision(List<GeoEntry> places) =>
        places.Count == 0 ? (null, null)
            : places.GroupBy(p => (p.Country, p.Admin1)).OrderByDescending(g => g.Count()).First().Key;
}
