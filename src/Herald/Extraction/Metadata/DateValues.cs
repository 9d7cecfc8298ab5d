using System.Globalization;
using System.Text.RegularExpressions;

namespace Herald.Extraction.Metadata;

/// <summary>
/// Parses the dates pages carry (ISO 8601 with or without offset, RFC 1123, "May 12, 2019", dates in URLs) and
/// rejects the implausible: dates in the future and dates before the web.
/// </summary>
internal static partial class DateValues
{
    private static readonly DateTimeOffset s_earliest = new(1991, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // An offset written without a colon (+0200), which .NET does not read.
    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex CompactOffset();

    [GeneratedRegex(@"(?<![0-9])(?<year>(?:19|20)\d{2})[/_.-](?<mm>0?[1-9]|1[0-2])[/_.-](?<day>0?[1-9]|[12]\d|3[01])(?![0-9])")]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"(?<![0-9])(?<year>(?:19|20)\d{2})(?<mm>0[1-9]|1[0-2])(?<day>0[1-9]|[12]\d|3[01])(?![0-9])")]
    private static partial Regex UrlCompactDate();

    [GeneratedRegex(@"/(?<year>(?:19|20)\d{2})/" + TextDates.Month + @"/(?<day>0?[1-9]|[12]\d|3[01])(?![0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex UrlMonthNameDate();

    /// <summary>Reads <paramref name="raw"/> as a date no later than <paramref name="now"/>, or returns null.</summary>
    public static DateTimeOffset? Parse(string? raw, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return null;
        var text = raw.Trim();
        if (text.Length > 64)
            return null;
        text = CompactOffset().Replace(text, "$1:$2");
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date))
            return Valid(date, now);
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && text.Length is 10 or 13)
            return Valid(DateTimeOffset.FromUnixTimeMilliseconds(text.Length == 10 ? seconds * 1000 : seconds), now);
        return null;
    }

    /// <summary>The date written in a URL path such as <c>/2019/05/12/</c>, <c>-20190512-</c> or <c>/2019/may/12/</c>, if any.</summary>
    public static DateTimeOffset? FromUrl(string? url, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(url))
            return null;
        foreach (var pattern in (Regex[])[UrlDate(), UrlCompactDate(), UrlMonthNameDate()])
        {
            var match = pattern.Match(url);
            if (!match.Success)
                continue;
            var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
            var month = match.Groups["month"].Success
                ? TextDates.MonthNumber(match.Groups["month"].Value)
                : int.Parse(match.Groups["mm"].ValueSpan, CultureInfo.InvariantCulture);
            var day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
            if (day > DateTime.DaysInMonth(year, month))
                return null;
            return Valid(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), now);
        }
        return null;
    }

    private static DateTimeOffset? Valid(DateTimeOffset date, DateTimeOffset now) =>
        date < s_earliest || date > now.AddDays(1) ? null : date;
}
