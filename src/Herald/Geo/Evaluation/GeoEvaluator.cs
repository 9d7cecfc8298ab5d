using Herald.Documents;
using Herald.Pipeline;

namespace Herald.Geo.Evaluation;

/// <summary>
/// Scores toponym resolution on geo-annotated articles (docs/geo.md): with the gold toponyms given to
/// <see cref="ToponymResolver"/>, and end to end with the places a pipeline ending in <see cref="PlacesStage"/> finds.
/// Only gold toponyms with coordinates count.
/// </summary>
public static class GeoEvaluator
{
    /// <summary>The distance within which a resolution counts as right (100 miles, as is usual in the literature).</summary>
    public const double MatchKilometres = 161;

    /// <summary>
    /// Scores <paramref name="articles"/> with <paramref name="gazetteer"/> and <paramref name="pipeline"/>; each gold
    /// toponym resolved farther than <see cref="MatchKilometres"/> (or not at all) goes to <paramref name="misses"/>.
    /// </summary>
    public static GeoScores Evaluate(IReadOnlyList<GeoGoldArticle> articles, GeoGazetteer gazetteer, AnalysisPipeline pipeline, Action<GeoMiss>? misses = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(pipeline);
        var resolver = new ToponymResolver(gazetteer);
        int gold = 0, exact = 0, near = 0, country = 0, found = 0, matched = 0;
        foreach (var article in articles)
        {
            var toponyms = article.Toponyms.Where(t => t.HasCoordinates).ToList();
            var entries = resolver.Resolve(article.Text, [.. toponyms.Select(t => new Toponym(t.Start, t.End, t.Phrase) { IsSurelyPlace = true })], []);
            for (var i = 0; i < toponyms.Count; i++)
            {
                gold++;
                if (entries[i] is not { } entry)
                {
                    misses?.Invoke(new GeoMiss(article.Id, toponyms[i], null));
                    continue;
                }
                if (!IsNear(entry, toponyms[i]))
                    misses?.Invoke(new GeoMiss(article.Id, toponyms[i], entry));
                exact += entry.GeoNamesId == toponyms[i].GeoNamesId ? 1 : 0;
                near += IsNear(entry, toponyms[i]) ? 1 : 0;
                var countryId = gazetteer.Country(entry.Country) is { } info ? gazetteer.CountryEntry(info)?.GeoNamesId : null;
                country += countryId is not null && countryId == toponyms[i].CountryId ? 1 : 0;
            }
            var document = new Document(article.Text);
            pipeline.Process(document, cancellationToken);
            var predicted = Predictions(document, article.Toponyms);
            found += predicted.Count;
            matched += Matches(predicted, toponyms);
        }
        return new GeoScores(gold, exact, near, country, gold, found, matched);
    }

    private static bool IsNear(GeoEntry entry, GoldToponym toponym) =>
        GreatCircle.Kilometres(entry.Latitude, entry.Longitude, toponym.Latitude!.Value, toponym.Longitude!.Value) <= MatchKilometres;

    // The resolved places' spans (mentions, names inside other names, demonyms) with their coordinates, leaving out those
    // that only overlap gold toponyms without coordinates.
    private static List<(int Start, int End, double Latitude, double Longitude)> Predictions(Document document, IReadOnlyList<GoldToponym> gold)
    {
        var predicted = new List<(int, int, double, double)>();
        foreach (var place in document.Places.Where(p => p.Latitude is not null && p.Longitude is not null))
        {
            var spans = place.Mentions.Select(m => new Span(document, document.Mentions[m].TokenStart, document.Mentions[m].TokenEnd))
                .Select(s => (s.Start, s.End)).Concat(place.WithinNames).Concat(place.Demonyms);
            foreach (var (start, end) in spans)
            {
                var overlapping = gold.Where(g => g.Start < end && start < g.End).ToList();
                if (overlapping.Count > 0 && overlapping.All(g => !g.HasCoordinates))
                    continue;
                predicted.Add((start, end, place.Latitude!.Value, place.Longitude!.Value));
            }
        }
        return predicted;
    }

    // One-to-one matches in text order: each gold toponym takes the first unused prediction that overlaps it and lies near it.
    private static int Matches(List<(int Start, int End, double Latitude, double Longitude)> predicted, List<GoldToponym> gold)
    {
        var used = new bool[predicted.Count];
        var matches = 0;
        foreach (var g in gold)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                var (start, end, lat, lon) = predicted[p];
                if (used[p] || start >= g.End || g.Start >= end || GreatCircle.Kilometres(lat, lon, g.Latitude!.Value, g.Longitude!.Value) > MatchKilometres)
                    continue;
                used[p] = true;
                matches++;
                break;
            }
        }
        return matches;
    }
}
