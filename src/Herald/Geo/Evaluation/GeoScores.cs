namespace Herald.Geo.Evaluation;

/// <summary>
/// The figures of <see cref="GeoEvaluator"/>: on gold toponyms, the share resolved to the exact GeoNames id, within
/// <see cref="GeoEvaluator.MatchKilometres"/> of the gold coordinates, and in the gold country; end to end, the
/// toponyms Herald finds and resolves that overlap a gold toponym and lie within that distance of it.
/// </summary>
public sealed record GeoScores(int GoldToponyms, int ExactId, int Within161Km, int SameCountry, int EndToEndGold, int EndToEndFound, int EndToEndMatched)
{
    /// <summary>Share of gold toponyms resolved to the gold GeoNames id.</summary>
    public double ExactAccuracy => Ratio(ExactId, GoldToponyms);

    /// <summary>Share of gold toponyms resolved within 161 km of the gold coordinates.</summary>
    public double Within161KmAccuracy => Ratio(Within161Km, GoldToponyms);

    /// <summary>Share of gold toponyms resolved to a place in the gold country.</summary>
    public double CountryAccuracy => Ratio(SameCountry, GoldToponyms);

    /// <summary>End-to-end precision.</summary>
    public double Precision => Ratio(EndToEndMatched, EndToEndFound);

    /// <summary>End-to-end recall.</summary>
    public double Recall => Ratio(EndToEndMatched, EndToEndGold);

    /// <summary>End-to-end F1.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
