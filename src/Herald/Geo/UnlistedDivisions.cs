namespace Herald.Geo;

/// <summary>
/// Second-level divisions that the gazetteer does not list ("Laurel County", "Rapides Parish", "Hamilton Township"):
/// GeoNames' files give first-level divisions only. Such a division is placed in the division its name is qualified
/// by ("Laurel County, Ky."), else in the first-level division holding most of the article's populated places (local
/// news names its own county alongside its own towns) of the country its style of name points to
/// (<see cref="CountryOf"/>), at the middle of the article's places there (or, with none, at the qualifying
/// division's own point). The entry has no GeoNames id (<see cref="GeoEntry.IsListed"/> is false).
/// </summary>
public static class UnlistedDivisions
{
    /// <summary>The GeoNames feature code given to these divisions.</summary>
    public const string FeatureCode = "ADM2";

    private static readonly string[] s_divisionWords = [" county", " parish", " township"];

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
    /// The division called <paramref name="name"/>, inside <paramref name="qualifier"/> (a first-level division) when
    /// given, else inside the first-level division holding most of <paramref name="places"/> (the article's populated
    /// places, in order of first mention; ties go to the first named); null when neither gives a division.
    /// </summary>
    public static GeoEntry? Place(string name, GeoEntry? qualifier, IEnumerable<GeoEntry> places)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(places);
        var styleCountry = CountryOf(PlaceNames.Fold(name));
        var list = places.Where(p => styleCountry is null || p.Country == styleCountry).ToList();
        var (country, admin1) = qualifier is not null ? (qualifier.Country, qualifier.Admin1) : HomeDivision(list);
        if (country is null)
            return null;
        var inside = list.Where(p => p.Country == country && p.Admin1 == admin1).ToList();
        var (lat, lon) = inside.Count > 0 ? (inside.Average(p => p.Latitude), inside.Average(p => p.Longitude)) : (qualifier!.Latitude, qualifier.Longitude);
        return new GeoEntry(0, name, country, admin1!, lat, lon, 0, 'A', FeatureCode, false);
    }

    private static (string? Country, string? Admin1) HomeDivision(List<GeoEntry> places) =>
        places.Count == 0 ? (null, null)
            : places.GroupBy(p => (p.Country, p.Admin1)).OrderByDescending(g => g.Count()).First().Key;
}
