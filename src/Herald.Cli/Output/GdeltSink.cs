using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Herald.Analysis;
using Herald.Documents;
using Herald.Events;

namespace Herald.Cli.Output;

/// <summary>
/// One tab-separated row per event in the 61 columns of the GDELT 2.0 event table, with a header row. Country
/// codes are ISO 3166 alpha-3 (GDELT uses FIPS); the date is the event's own day when the text gives one, else
/// the publication date; counts are per article (1); the actors' own places are left empty, the event's place is
/// the action place. Negated and hypothetical events are left out.
/// </summary>
internal sealed class GdeltSink : RecordSink
{
    public override void Begin(Stream output) => output.Write(Encoding.UTF8.GetBytes(string.Join('\t', GdeltColumns.Names) + "\n"));

    public override void Write(Stream output, byte[] formatted) => output.Write(formatted);

    public override byte[] Format(AnalysisResult result)
    {
        var document = result.Document!;
        var text = new StringBuilder();
        var articleId = XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(result.Origin!.ToString())) % 1_000_000;
        for (var i = 0; i < document.Events.Count; i++)
        {
            var e = document.Events[i];
            if (e.Modality is "negated" or "hypothetical")
                continue;
            text.AppendJoin('\t', Row(document, e, articleId * 1000L + i, result.Origin.Input)).Append('\n');
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static IEnumerable<string> Row(Document document, Event e, long id, string input)
    {
        var day = DayOf(e, document.Info);
        var published = document.Info.Published;
        yield return id.ToString(CultureInfo.InvariantCulture);
        yield return day?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "";
        yield return day?.ToString("yyyyMM", CultureInfo.InvariantCulture) ?? "";
        yield return day?.ToString("yyyy", CultureInfo.InvariantCulture) ?? "";
        yield return day is { } d ? (d.Year + (d.DayOfYear - 1) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture) : "";
        foreach (var field in Actor(document, e.SourceActor, e.SourceEntity).Concat(Actor(document, e.TargetActor, e.TargetEntity)))
            yield return field;
        yield return e.Sentence == 0 ? "1" : "0";
        yield return e.Code;
        yield return e.Code.Length > 3 ? e.Code[..3] : e.Code;
        yield return e.Root;
        yield return e.QuadClass.ToString(CultureInfo.InvariantCulture);
        yield return e.Goldstein.ToString(CultureInfo.InvariantCulture);
        yield return "1";
        yield return "1";
        yield return "1";
        yield return (document.Tone?.Score ?? 0).ToString(CultureInfo.InvariantCulture);
        var place = e.Place is { } p ? document.Places[p] : null;
        foreach (var field in Geo(null).Concat(Geo(null)).Concat(Geo(place)))
            yield return field;
        yield return published?.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) ?? "";
        yield return document.Info.Url ?? input;
    }

    private static DateOnly? DayOf(Event e, ArticleInfo info)
    {
        if (e.Date is { Length: 10 } date && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        return info.Published is { } published ? DateOnly.FromDateTime(published.UtcDateTime) : null;
    }

    // Code, name, country, known group, ethnic, two religions, three types: the CAMEO code read in threes.
    private static IEnumerable<string> Actor(Document document, string? code, int? entity)
    {
        code ??= "";
        var parts = Enumerable.Range(0, code.Length / 3).Select(i => code.Substring(i * 3, 3)).ToList();
        var country = parts.Count > 0 && parts[0] is not ("IGO" or "NGO" or "MNC" or "IMG") ? parts[0] : "";
        var known = parts.Count > 0 && parts[0] is "IGO" or "NGO" or "MNC" or "IMG" ? string.Concat(parts.Skip(1)) : "";
        var types = parts.Skip(country.Length > 0 ? 1 : parts.Count).Concat(["", "", ""]).Take(3).ToList();
        var name = entity is { } index && index >= 0 && index < document.Entities.Count ? document.Entities[index].Name.ToUpperInvariant() : "";
        return [code, name, country, known, "", "", "", .. types];
    }

    // Type (1 country, 2 US state, 3 US city, 4 world city, 5 world state), name, country, ADM1, ADM2, lat, long, feature id.
    private static IEnumerable<string> Geo(Place? place)
    {
        if (place is null)
            return ["0", "", "", "", "", "", "", ""];
        var us = place.Country == "USA";
        var type = place.Feature switch
        {
            { } f when f.StartsWith("PCL", StringComparison.Ordinal) => 1,
            "ADM1" => us ? 2 : 5,
            _ => us ? 3 : 4,
        };
        return
        [
            type.ToString(CultureInfo.InvariantCulture), place.Name, place.Country ?? "", "", "",
            place.Latitude?.ToString("0.####", CultureInfo.InvariantCulture) ?? "", place.Longitude?.ToString("0.####", CultureInfo.InvariantCulture) ?? "",
            place.GeoNamesId?.ToString(CultureInfo.InvariantCulture) ?? "",
        ];
    }
}
