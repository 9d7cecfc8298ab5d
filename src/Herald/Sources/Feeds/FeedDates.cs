using System.Globalization;
using System.Xml.Linq;

namespace Herald.Sources.Feeds;

/// <summary>
/// Reads feed dates leniently, from the item's own elements: RFC 822 as RSS writes it (with or without the weekday,
/// with a zone name or offset) and ISO 8601 as Atom and Dublin Core do. An unreadable date is no date: one odd date
/// does not cost the item.
/// </summary>
internal static class FeedDates
{
    private static readonly string[] Rfc822 =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm zzz",
        "ddd, d MMM yy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm:ss", "ddd, d MMM yyyy",
    ];

    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+00:00", ["UTC"] = "+00:00", ["GMT"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    private static readonly XName[] DateElements =
    [
        "pubDate", XName.Get("published", Atom), XName.Get("updated", Atom),
        XName.Get("date", "http://purl.org/dc/elements/1.1/"),
    ];

    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The publication date of an RSS item or Atom entry: pubDate, published, updated or dc:date, the first readable.</summary>
    public static DateTimeOffset? Of(XElement item) =>
        DateElements.Select(name => Parse(item.Element(name)?.Value)).FirstOrDefault(date => date is not null);

    /// <summary>The date <paramref name="value"/> means, or null when it is no date the reader knows.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = value.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var iso)
            && text.Length >= 10 && char.IsAsciiDigit(text[0]))
            return iso;
        var space = text.LastIndexOf(' ');
        if (space > 0 && Zones.TryGetValue(text[(space + 1)..], out var offset))
            text = text[..space] + " " + offset;
        else if (space > 0 && text.Length - space == 6 && text[space + 1] is '+' or '-')
            text = text[..(space + 4)] + ":" + text[(space + 4)..];
        return DateTimeOffset.TryParseExact(text, Rfc822, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var rfc)
            ? rfc
            : null;
    }
}
