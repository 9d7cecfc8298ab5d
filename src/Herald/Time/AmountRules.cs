namespace Herald.Time;

/// <summary>Amounts of time: "12 years", "a decade", "two-week", "the past two months"; shifted, "two weeks ago", "a year earlier".</summary>
internal static class AmountRules
{
    /// <summary>"12 years", "two weeks ago", "a year earlier", "three days later", "several months".</summary>
    public static TimeMatch? Amount(TimeTokens t, int i)
    {
        if (!Amounts.TryRead(t, i, out var j, out var amount) || !Amounts.TryUnit(t, j, out var end, out var unit))
            return null;
        // "a second term" is an ordinal; "a year-earlier level" is the compound's, not an amount.
        if ((t.IsText(i, "a") && t.IsText(j, "second")) || (t.IsText(end, "-") && t.Is(end + 1, TimeWordKind.Ago)))
            return null;
        var after = t.Word(end);
        if (after.Is(TimeWordKind.Ago) && !t.IsText(end, "from"))
            return Ago(i, end + 1, unit, amount, after.Offset, t.IsText(end, "ago") ? TimeAnchor.ReportingPeriod : TimeAnchor.Moved);
        if (t.IsText(end, "from") && t.IsText(end + 1, "now"))
            return Ago(i, end + 2, unit, amount, 1, TimeAnchor.Reference);
        if (t.IsText(end, "-") && t.IsText(end + 1, "old"))
            return null;
        return new TimeMatch(i, end, new TimeSpec { Type = TimeType.Duration, Unit = unit, Amount = amount });
    }

    /// <summary>"the past two months", "the next three years", "the first nine months", "past 20 years": durations.</summary>
    public static TimeMatch? Span(TimeTokens t, int i)
    {
        var lead = t.Word(i);
        if ((!lead.Is(TimeWordKind.Shift) && !(lead.Is(TimeWordKind.Ordinal) && lead.Value == 1)) || RelativeRules.IsVerb(t, i))
            return null;
        if (Amount(t, i + 1) is not { Spec.Type: TimeType.Duration } inner || t.IsText(i + 1, "a"))
            return null;
        return new TimeMatch(i, inner.End, inner.Spec);
    }

    // Shifts further than this (about a thousand years) stay vague: the calendar arithmetic has its limits.
    private const double MaxShiftDays = 365_000;

    private static double ApproximateDays(TimeUnit unit) => unit switch
    {
        TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.DayPart or TimeUnit.Day => 1,
        TimeUnit.Weekend or TimeUnit.Week => 7,
        TimeUnit.Month => 31,
        TimeUnit.Quarter => 92,
        TimeUnit.HalfYear => 183,
        TimeUnit.Decade => 3_653,
        TimeUnit.Century => 36_525,
        _ => 366,
    };

    // "ago" counts from the reference, "earlier" and "later" from the time last mentioned.
    // Granularity follows the unit, as TimeML has it: "four years ago" is a year, "two weeks ago" a week.
    private static TimeMatch Ago(int start, int end, TimeUnit unit, double? amount, int sign, TimeAnchor anchor)
    {
        if (amount is not { } a || a != Math.Floor(a) || a * ApproximateDays(unit) > MaxShiftDays)
            return new TimeMatch(start, end, new TimeSpec { Fixed = TimeLexicon.FuzzyValues[sign < 0 ? TimeLexicon.Past : TimeLexicon.Future] });
        var (scaled, asUnit) = unit switch
        {
            TimeUnit.Decade => ((int)a * 10, TimeUnit.Year),
            TimeUnit.Century => ((int)a * 100, TimeUnit.Year),
            TimeUnit.Weekend => ((int)a, TimeUnit.Week),
            _ => ((int)a, unit),
        };
        return new TimeMatch(start, end, new TimeSpec { Unit = asUnit, Offset = sign * scaled, Shifted = true, Anchor = anchor });
    }
}
