namespace Herald.Geo;

/// <summary>
/// One place of the gazetteer: its GeoNames id (0 when GeoNames does not list it), name, ISO 3166 alpha-2 country, first-level division code,
/// coordinates, population, GeoNames feature class (<c>P</c> populated place, <c>A</c> country or division) and
/// code (<c>PPLC</c>, <c>PCLI</c>, <c>ADM1</c>, ...), and whether it is a national capital.
/// </summary>
public sealed record GeoEntry(
    long GeoNamesId,
    string Name,
    string Country,
    string Admin1,
    double Latitude,
    double Longitude,
    long Population,
    char FeatureClass,
    string FeatureCode,
    bool IsCapital)
{
    /// <summary>Whether this is a country (an independent or dependent political entity).</summary>
    public bool IsCountry => FeatureCode.StartsWith("PCL", StringComparison.Ordinal);

    /// <summary>Whether this is a continent (it has no country).</summary>
    public bool IsContinent => FeatureCode == "CONT";

    /// <summary>Whether GeoNames lists this entry: false (id 0) for a division or town placed from its article, see <see cref="UnlistedPlaces"/>.</summary>
    public bool IsListed => GeoNamesId != 0;

    /// <summary>Whether this is a first-level division (a state, province, region).</summary>
    public bool IsAdmin1 => FeatureCode == "ADM1";
}
