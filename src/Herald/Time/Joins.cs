namespace Herald.Time;

/// <summary>What follows an expression and belongs to it: "of 1999", "this year's third quarter", "9 p.m. EST, Nov. 9", "Tuesday, Nov. 11".</summary>
internal static class Joins
{
    private delegate TimeMatch? Join(TimeTokens tokens, TimeMatch match, Modifiers.Parser core);

    private static readonly Join[] s_joins =
    [
        OfYear, PossessivePeriod, MonthWithShiftedYear, YearWithOrdinalPeriod, YearWithReportingPeriod, TheYearNamed, ClockWithDay, WeekdayWithDate,
    ];

    /// <summary>Extends <paramref name="match"/> with the words after it that complete it; the first join that applies wins.</summary>
    public static TimeMatch Extend(TimeTokens t, TimeMatch match, Modifiers.Parser core)
    {
        foreach (var join in s_joins)
        {
            if (join(t, match, core) is { } joined)
                return joined;
        }
        return match;
    }

    // "the third quarter of 1999", "March of 1999", "the winter of nineteen ninety-four".
    private static TimeMatch? OfYear(TimeTokens t, TimeMatch match, Modifiers.Parser core)
    {
        var spec = match.Spec;
        if (!t.IsText(match.End, "of") || spec.Year is not null || spec.Unit != TimeUnit.None || (spec.Month ?? spec.Quarter ?? spec.Half ?? spec.Season) is null)
            return null;
        return YearAt(t, match.End + 1) is { Spec: { Year: { } year, YearDigits: 4, Month: null } } named
            ? new TimeMatch(match.Start, named.End, spec with { Year = year })
            : null;
    }

    // "this year's third quarter".
    private static TimeMatch? PossessivePeriod(TimeTokens t, TimeMatch match, Modifiers.Parser core) =>
        t.IsAny(match.End, "'s", "’s") && match.Spec is { Unit: TimeUnit.Year, Shifted: true } && RelativeRules.OrdinalPeriod(t, match.End + 1) is { } period
            ? new TimeMatch(match.Start, period.End, period.Spec with { Unit = TimeUnit.Year, Offset = match.Spec.Offset, Shifted = true })
            : null;

    // "July last year".
    private static TimeMatch? MonthWithShiftedYear(TimeTokens t, TimeMatch match, Modifiers.Parser core) =>
        match.Spec is { Month: not null, Year: null, Day: null, Unit: TimeUnit.None } && RelativeRules.Shifted(t, match.End) is { Spec: { Unit: TimeUnit.Year, Month: null } } shift
            ? new TimeMatch(match.Start, shift.End, match.Spec with { Unit = TimeUnit.Year, Offset = shift.Spec.Offset, Shifted = true })
            : null;

    // "the 1988 second quarter".
    private static TimeMatch? YearWithOrdinalPeriod(TimeTokens t, TimeMatch match, Modifiers.Parser core) =>
        IsBareYear(match.Spec) && RelativeRules.OrdinalPeriod(t, match.End) is { } part
            ? new TimeMatch(match.Start, part.End, part.Spec with { Year = match.Spec.Year })
            : null;

    // "the 1988 quarter", "the 1989 period": the period last mentioned, in that year.
    private static TimeMatch? YearWithReportingPeriod(TimeTokens t, TimeMatch match, Modifiers.Parser core) =>
        IsBareYear(match.Spec) && t.IsAny(match.End, "quarter", "period")
            ? new TimeMatch(match.Start, match.End + 1, match.Spec with { Unit = TimeUnit.Quarter, Anchor = TimeAnchor.Mentioned })
            : null;

    // "the year 2000", "the year two thousand".
    private static TimeMatch? TheYearNamed(TimeTokens t, TimeMatch match, Modifiers.Parser core) =>
        match.Spec is { Unit: TimeUnit.Year, Shifted: false, Year: null } && YearAt(t, match.End) is { Spec.Year: not null } named
            ? new TimeMatch(match.Start, named.End, named.Spec)
            : null;

    // "9 p.m. EST, Nov. 9", "5 p.m. Tuesday", "noon tomorrow".
    private static TimeMatch? ClockWithDay(TimeTokens t, TimeMatch match, Modifiers.Parser core)
    {
        var spec = match.Spec;
        var next = t.IsText(match.End, ",") ? match.End + 1 : match.End;
        if (spec.Type != TimeType.Time || spec.Hour is null || !(t.Is(next, TimeWordKind.Weekday) || t.Is(next, TimeWordKind.Deictic) || t.Is(next, TimeWordKind.Month)))
            return null;
        return core(t, next) is { Spec: { Hour: null, Type: not TimeType.Set } day } dayMatch && (day.Weekday is not null || day.Day is not null || day.Unit == TimeUnit.Day)
            ? new TimeMatch(match.Start, dayMatch.End, day with { Type = TimeType.Time, Hour = spec.Hour, Minute = spec.Minute })
            : null;
    }

    // "Tuesday, Nov. 11".
    private static TimeMatch? WeekdayWithDate(TimeTokens t, TimeMatch match, Modifiers.Parser core)
    {
        var next = t.IsText(match.End, ",") ? match.End + 1 : match.End;
        return match.Spec is { Weekday: not null, Unit: TimeUnit.None } && CalendarRules.MonthFirst(t, next) is { Spec.Day: not null } date
            ? new TimeMatch(match.Start, date.End, date.Spec)
            : null;
    }

    private static bool IsBareYear(TimeSpec spec) => spec is { Year: not null, YearDigits: 4, Month: null, Quarter: null, Unit: TimeUnit.None };

    private static TimeMatch? YearAt(TimeTokens t, int i) => CalendarRules.Year(t, i) ?? CalendarRules.SpokenYear(t, i);
}
