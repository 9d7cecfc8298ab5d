namespace Herald.Geo.Evaluation;

/// <summary>A gold toponym of article <paramref name="ArticleId"/> that resolved to no entry or to one too far away.</summary>
public sealed record GeoMiss(string ArticleId, GoldToponym Gold, GeoEntry? Resolved);
