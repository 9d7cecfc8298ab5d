using System.Globalization;

namespace Herald.Time;

/// <summary>Reads a resolved TIMEX3 value back as a time to count from: its first day and its granularity.</summary>
internal static class Anchors
{
    /// <summary>Parses "1998", "1998-Q3", "1998-10", "1998-W43" and "1998-10-23" (with or without a time).</summary>
    public static bool TryParse(string? value, out DateOnly start, out TimeUnit granularity)
    {
        start = default;
        granularity = TimeUnit.None;
        if (value is null || value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
            return false;
        var rest = value.AsSpan(4);
        if (rest.IsEmpty)
            (start, granularity) = (new DateOnly(year, 1, 1), TimeUnit.Year);
        else if (rest is ['-', 'Q', >= '1' and <= '4'])
            (start, granularity) = (new DateOnly(year, (rest[2] - '1') * 3 + 1, 1), TimeUnit.Quarter);
        else if (rest.Length >= 3 && rest[0] == '-' && rest[1] == 'W' && int.TryParse(rest[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var week) && week is >= 1 and <= 53)
            (start, granularity) = (DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Min(week, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday)), TimeUnit.Week);
        else if (rest.Length >= 3 && rest[0] == '-' && int.TryParse(rest.Slice(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
            (start, granularity) = DayOf(year, month, rest[3..]);
        return granularity != TimeUnit.None;
    }

    /// <summary><paramref name="start"/> moved by <paramref name="offset"/> units of <paramref name="unit"/>.</summary>
    public static DateOnly Move(DateOnly start, TimeUnit unit, int offset) => unit switch
    {
        TimeUnit.Day or TimeUnit.DayPart => start.AddDays(offset),
        TimeUnit.Week or TimeUnit.Weekend => start.AddDays(7 * offset),
        TimeUnit.Month => start.AddMonths(offset),
        TimeUnit.Quarter => start.AddMonths(3 * offset),
        TimeUnit.HalfYear => start.AddMonths(6 * offset),
        TimeUnit.Year => start.AddYears(offset),
        TimeUnit.Decade => start.AddYears(10 * offset),
        TimeUnit.Century => start.AddYears(100 * offset),
        _ => start,
    };

    private static (DateOnly, TimeUnit) DayOf(int year, int month, ReadOnlySpan<char> rest)
    {
        if (rest.Length >= 3 && rest[0] == '-' && int.TryParse(rest.Slice(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            return (new DateOnly(year, month, day), TimeUnit.Day);
        return (new DateOnly(year, month, 1), TimeUnit.Month);
    }
}
