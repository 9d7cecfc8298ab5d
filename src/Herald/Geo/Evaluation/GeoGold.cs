namespace Herald.Geo.Evaluation;

/// <summary>One article of a geo-annotated corpus: its id, text and gold toponyms.</summary>
public sealed record GeoGoldArticle(string Id, string Text, IReadOnlyList<GoldToponym> Toponyms);

/// <summary>
/// A gold toponym: half-open char span, the phrase, and (when the annotators found one) its GeoNames id,
/// coordinates and the GeoNames id of its country.
/// </summary>
public sealed record GoldToponym(int Start, int End, string Phrase, long? GeoNamesId, double? Latitude, double? Longitude, long? CountryId)
{
    /// <summary>Whether the annotators gave it coordinates; only such toponyms are scored.</summary>
    public bool HasCoordinates => Latitude is not null && Longitude is not null;
}
