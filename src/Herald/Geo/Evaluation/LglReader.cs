using System.Globalization;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using Herald.Errors;

namespace Herald.Geo.Evaluation;

/// <summary>
/// Reads the LGL / GeoWebNews XML format (optionally gzipped): <c>&lt;articles&gt;</c> of <c>&lt;article docid&gt;</c>
/// with <c>&lt;text&gt;</c> and <c>&lt;toponyms&gt;</c>, each toponym with <c>start</c>, <c>end</c>, <c>phrase</c> and a
/// <c>gaztag geonameid</c> holding <c>lat</c>, <c>lon</c>, <c>fcode</c> and <c>country geonameid</c>.
/// </summary>
public static class LglReader
{
    /// <summary>The articles of <paramref name="path"/>.</summary>
    /// <exception cref="HeraldException">The file is missing or not well-formed LGL XML.</exception>
    public static IReadOnlyList<GeoGoldArticle> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, path));
        try
        {
            using var file = File.OpenRead(path);
            using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
            var root = XDocument.Load(stream).Root;
            if (root?.Name.LocalName != "articles")
                throw Malformed(path, "the root element is not <articles>");
            return [.. root.Elements("article").Select(a => Article(a, path))];
        }
        catch (XmlException exception)
        {
            throw Malformed(path, exception.Message);
        }
        catch (InvalidDataException exception)
        {
            throw new HeraldException(new HeraldError(ErrorCatalog.CorruptArchive, path, exception.Message));
        }
    }

    private static GeoGoldArticle Article(XElement article, string path)
    {
        var id = (string?)article.Attribute("docid") ?? "";
        var text = (string?)article.Element("text") ?? throw Malformed(path, $"article {id} has no <text>");
        var toponyms = article.Element("toponyms")?.Elements("toponym").Select(t => Toponym(t, id, path)).ToList() ?? [];
        return new GeoGoldArticle(id, text, toponyms);
    }

    private static GoldToponym Toponym(XElement toponym, string id, string path)
    {
        var start = Integer(toponym.Element("start"), id, path);
        var end = Integer(toponym.Element("end"), id, path);
        var phrase = (string?)toponym.Element("phrase") ?? "";
        if (toponym.Element("gaztag") is not { } tag)
            return new GoldToponym(start, end, phrase, null, null, null, null);
        var geonameId = Long((string?)tag.Attribute("geonameid"));
        var countryId = Long((string?)tag.Element("country")?.Attribute("geonameid"));
        if (countryId is null && ((string?)tag.Element("fcode"))?.StartsWith("PCL", StringComparison.Ordinal) == true)
            countryId = geonameId;
        return new GoldToponym(start, end, phrase, geonameId, Number((string?)tag.Element("lat")), Number((string?)tag.Element("lon")), countryId);
    }

    private static int Integer(XElement? element, string id, string path) =>
        int.TryParse((string?)element, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value : throw Malformed(path, $"article {id} has a toponym without a whole-number <start> and <end>");

    private static long? Long(string? text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static HeraldException Malformed(string path, string detail) =>
        new(new HeraldError(ErrorCatalog.MalformedGeoFile, path, detail));
}
