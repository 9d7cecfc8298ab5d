using System.Globalization;
using System.Text.RegularExpressions;

namespace Herald.Extraction.Metadata;

/// <summary>
/// Finds a date written out in visible text: "August 14, 2025", "Aug 4th 2025", "14 August 2025", "2025-08-14",
/// "14.08.2025" and "10/31/2025" (month first, as in the US, unless the first number cannot be a month). Month
/// names are English; numeric forms are read in any language. A date may run straight into the next word
/// ("Dec 17, 2025Ann Moss"), as when two inline elements sit side by side.
/// </summary>
internal static partial class TextDates
{
    /// <summary>An English month name or its abbreviation, captured as <c>month</c>.</summary>
    internal const string Month = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    [GeneratedRegex(@"\b" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @",?\s+(?<year>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<![\d/])(?<mm>\d{1,2})/(?<day>\d{1,2})/(?<year>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex SlashedDate();

    [GeneratedRegex(@"(?<![\d.])(?<year>(?:19|20)\d{2})-(?<mm>\d{2})-(?<day>\d{2})(?!\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\d.])(?<day>\d{1,2})\.(?<mm>\d{1,2})\.(?<year>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex DottedDate();

    private static readonly string[] s_months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The first valid date in <paramref name="text"/> no later than <paramref name="now"/>, if any.</summary>
    public static DateTimeOffset? Find(string text, DateTimeOffset now)
    {
        foreach (var pattern in (Regex[])[MonthDayYear(), DayMonthYear(), IsoDate(), DottedDate(), SlashedDate()])
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (ToDate(match, now) is { } date)
                    return date;
            }
        }
        return null;
    }

    /// <summary>The number (1-12) of an English month name or abbreviation of at least three letters, else 0.</summary>
    internal static int MonthNumber(string name) =>
        name.Length < 3 ? 0 : Array.IndexOf(s_months, name[..3].ToLowerInvariant()) + 1;

    private static DateTimeOffset? ToDate(Match match, DateTimeOffset now)
    {
        var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        var month = match.Groups["month"].Success
            ? MonthNumber(match.Groups["month"].Value)
            : int.Parse(match.Groups["mm"].ValueSpan, CultureInfo.InvariantCulture);
        if (month > 12 && day <= 12 && match.Value.Contains('/', StringComparison.Ordinal))
            (month, day) = (day, month);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        var date = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        return DateValues.Parse(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), now);
    }
}
