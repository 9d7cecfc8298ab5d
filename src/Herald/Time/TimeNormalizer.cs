using System.Globalization;

namespace Herald.Time;

/// <summary>
/// Turns a <see cref="TimeSpec"/> into a TIMEX3 value against a reference date. The value's granularity is
/// the expression's own ("next month" is a month, "two weeks ago" a week). Without a reference, what the
/// expression does not say is left as X ("XXXX-WXX-2" for "Tuesday").
/// </summary>
public static class TimeNormalizer
{
    /// <summary>
    /// The TIMEX3 value of <paramref name="spec"/>, resolved against <paramref name="reference"/> if given;
    /// <paramref name="mentioned"/> is the value of the time last mentioned before it, for anaphoric expressions.
    /// </summary>
    public static string Resolve(TimeSpec spec, DateOnly? reference, Direction direction, string? mentioned = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Fixed is { } value)
            return value;
        if (spec.Type == TimeType.Duration)
            return Amounts.DurationValue(spec.Unit, spec.Amount);
        if (!spec.NeedsReference)
            return Absolute(spec);
        if (FromMentioned(spec, mentioned) is { } anaphoric)
            return anaphoric;
        if (spec.Year is not null && spec.Unit != TimeUnit.None && spec.Anchor == TimeAnchor.Mentioned)
            return Absolute(spec with { Unit = TimeUnit.None });
        return reference is { } r ? Relative(spec, r, direction) : Underspecified(spec);
    }

    // "that year", "two days later", "a year earlier", "the year-ago quarter": counted from the time last mentioned.
    private static string? FromMentioned(TimeSpec spec, string? mentioned)
    {
        if (spec.Anchor == TimeAnchor.Reference || spec.Unit == TimeUnit.None || !Anchors.TryParse(mentioned, out var start, out var granularity))
            return null;
        if (spec.Year is { } year)
            start = start.AddYears(year - start.Year);
        if (spec.Weekday is { } weekday && spec.Anchor == TimeAnchor.Mentioned && granularity <= TimeUnit.Day)
            return WithTime(spec, Date(Weekdays.Resolve(start, weekday, spec.Offset, Direction.Unknown)));
        return spec.Anchor switch
        {
            TimeAnchor.Mentioned when granularity <= spec.Unit || spec.Year is not null => WithTime(spec, Periods.Shift(start, spec.Unit, spec.Offset, false)),
            TimeAnchor.Moved when granularity <= spec.Unit => Periods.Shift(Anchors.Move(start, spec.Unit, spec.Offset), granularity, 0, false),
            TimeAnchor.ReportingPeriod when granularity == TimeUnit.Quarter && spec.Unit is TimeUnit.Year or TimeUnit.Quarter =>
                Periods.Shift(Anchors.Move(start, spec.Unit, spec.Offset), granularity, 0, false),
            _ => null,
        };
    }

    // Every field is given: "Nov. 11, 2018", "1990s", "the third quarter of 1999".
    private static string Absolute(TimeSpec spec)
    {
        var year = spec.Year!.Value.ToString(CultureInfo.InvariantCulture).PadLeft(spec.YearDigits, '0');
        if (spec.Month is { } month)
            return WithTime(spec, DayOf(spec, spec.Year!.Value, month) is { } day ? $"{year}-{month:00}-{day:00}" : $"{year}-{month:00}");
        return year + Within(spec);
    }

    private static string Relative(TimeSpec spec, DateOnly r, Direction direction)
    {
        if (spec.Weekday is { } weekday)
            return WithTime(spec, Date(Weekdays.Resolve(r, weekday, spec.Shifted ? spec.Offset : null, direction)));
        if (spec.Month is { } month)
            return MonthValue(spec, r, month, direction);
        if (spec.Quarter is not null || spec.Half is not null || spec.Season is not null)
            return Year(r.Year + (spec.Shifted ? PeriodYearShift(spec, r) : 0)) + Within(spec);
        if (spec.Unit == TimeUnit.None)
            return WithTime(spec, Date(r));
        var pastWeekend = spec is { Unit: TimeUnit.Weekend, Shifted: false } && direction != Direction.Future
            && (direction == Direction.Past || r.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Wednesday);
        return WithTime(spec, Periods.Shift(r, spec.Unit, spec.Offset, spec.Completed || pastWeekend));
    }

    // "last April" is the latest April before the reference month, but not the month just before it, which
    // would be "last month": "last February" said in March is a year earlier. "next" mirrors it.
    private static string MonthValue(TimeSpec spec, DateOnly r, int month, Direction direction)
    {
        int year;
        if (spec.Year is { } given)
            year = given;
        else if (spec.Shifted)
            year = spec.Offset switch { < 0 => month < r.Month - 1 ? r.Year : r.Year - 1, > 0 => month > r.Month + 1 ? r.Year : r.Year + 1, _ => r.Year };
        else
            year = Calendar.MonthYear(r, month, spec.Day ?? 15, direction);
        return WithTime(spec, DayOf(spec, year, month) is { } d ? $"{Year(year)}-{month:00}-{d:00}" : $"{Year(year)}-{month:00}");
    }

    // The day of the month: given, or by rule once the year is known (Thanksgiving).
    private static int? DayOf(TimeSpec spec, int year, int month) =>
        spec.Day ?? (spec.NthWeekday is var (nth, weekday) && year >= 1 ? Holidays.NthWeekday(year, month, nth, weekday) : null);

    // "last fall" is the most recent fall before the reference's season; "next fall" the first after it.
    private static int PeriodYearShift(TimeSpec spec, DateOnly r)
    {
        if (spec.Season is not { } season || spec.Unit != TimeUnit.Year || spec.Offset == 0)
            return spec.Offset;
        return Calendar.SeasonYear(r, season, spec.Offset) - r.Year;
    }

    // The part of a year an expression names after its year: -Q3, -H1, -FA.
    private static string Within(TimeSpec spec) =>
        spec.Quarter is { } q ? $"-Q{q}" : spec.Half is { } h ? $"-H{h}" : spec.Season is { } s ? $"-{TimeLexicon.SeasonCodes[s]}" : "";

    private static string WithTime(TimeSpec spec, string date)
    {
        if (spec.Hour is { } hour)
            return $"{date}T{hour:00}:{spec.Minute ?? 0:00}";
        return spec.DayPart is { } part ? $"{date}T{TimeLexicon.DayPartCodes[part]}" : date;
    }

    private static string Underspecified(TimeSpec spec)
    {
        if (spec.Weekday is { } weekday)
            return WithTime(spec, $"XXXX-WXX-{weekday}");
        if (spec.Month is { } month)
            return WithTime(spec, spec.Day is { } day ? $"XXXX-{month:00}-{day:00}" : $"XXXX-{month:00}");
        if (spec.Quarter is not null || spec.Half is not null || spec.Season is not null)
            return "XXXX" + Within(spec);
        return WithTime(spec, Periods.Pattern(spec.Unit));
    }

    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);
}
