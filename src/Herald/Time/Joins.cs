namespace Herald.Time;

/// <summary>What follows an expression and belongs to it: "of 1999", "this year's third quarter", "9 p.m. EST, Nov. 9", "Tuesday, Nov. 11".</summary>
internal static class Joins
{
    /// <summary>Extends <paramref name="match"/> with the words after it that complete it.</summary>
    public static TimeMatch Extend(TimeTokens t, TimeMatch match, Modifiers.Parser core)
    {
        var spec = match.Spec;
        if (t.IsText(match.End, "of") && spec.Year is null && spec.Unit == TimeUnit.None && (spec.Month ?? spec.Quarter ?? spec.Half ?? spec.Season) is not null
            && (CalendarRules.Year(t, match.End + 1) ?? CalendarRules.SpokenYear(t, match.End + 1)) is { Spec: { Year: { } year, YearDigits: 4, Month: null } } named)
            return new TimeMatch(match.Start, named.End, spec with { Year = year });
        if (t.IsAny(match.End, "'s", "’s") && spec.Unit == TimeUnit.Year && spec.Shifted && RelativeRules.OrdinalPeriod(t, match.End + 1) is { } period)
            return new TimeMatch(match.Start, period.End, period.Spec with { Unit = TimeUnit.Year, Offset = spec.Offset, Shifted = true });
        if (spec is { Month: not null, Year: null, Day: null, Unit: TimeUnit.None } && RelativeRules.Shifted(t, match.End) is { Spec: { Unit: TimeUnit.Year, Month: null } } shift)
            return new TimeMatch(match.Start, shift.End, spec with { Unit = TimeUnit.Year, Offset = shift.Spec.Offset, Shifted = true });
        if (spec is { Year: not null, YearDigits: 4, Month: null, Quarter: null, Unit: TimeUnit.None } && RelativeRules.OrdinalPeriod(t, match.End) is { } part)
            return new TimeMatch(match.Start, part.End, part.Spec with { Year = spec.Year });
        if (spec is { Year: not null, YearDigits: 4, Month: null, Quarter: null, Unit: TimeUnit.None } && t.IsAny(match.End, "quarter", "period"))
            return new TimeMatch(match.Start, match.End + 1, spec with { Unit = TimeUnit.Quarter, Anchor = TimeAnchor.Mentioned });
        if (spec is { Unit: TimeUnit.Year, Shifted: false, Year: null } && (CalendarRules.Year(t, match.End) ?? CalendarRules.SpokenYear(t, match.End)) is { Spec.Year: not null } yearNamed)
            return new TimeMatch(match.Start, yearNamed.End, yearNamed.Spec);
        var next = t.IsText(match.End, ",") ? match.End + 1 : match.End;
        if (spec.Type == TimeType.Time && spec.Hour is not null && IsDay(t, next) && core(t, next) is { Spec.Hour: null } day && IsDayLike(day.Spec))
            return new TimeMatch(match.Start, day.End, day.Spec with { Type = TimeType.Time, Hour = spec.Hour, Minute = spec.Minute });
        if (spec.Weekday is not null && spec.Unit == TimeUnit.None && t.Is(next, TimeWordKind.Month) && CalendarRules.MonthFirst(t, next) is { Spec.Day: not null } date)
            return new TimeMatch(match.Start, date.End, date.Spec);
        return match;
    }

    private static bool IsDay(TimeTokens t, int i) => t.Is(i, TimeWordKind.Weekday) || t.Is(i, TimeWordKind.Deictic) || t.Is(i, TimeWordKind.Month);

    private static bool IsDayLike(TimeSpec spec) =>
        spec.Type != TimeType.Set && (spec.Weekday is not null || spec.Day is not null || spec.Unit == TimeUnit.Day);
}
