namespace Herald.Time;

/// <summary>Dates named from the reference: weekdays, "yesterday", "next month", "last fall", "the third quarter", "year-earlier".</summary>
internal static class RelativeRules
{
    /// <summary>"Tuesday", "Tuesday morning", "Friday night"; the tense decides which week.</summary>
    public static TimeMatch? Weekday(TimeTokens t, int i)
    {
        var word = t.Word(i);
        if (!word.Is(TimeWordKind.Weekday) || word.Is(TimeWordKind.Frequency) || !t.IsCapitalized(i))
            return null;
        if (t.Is(i + 1, TimeWordKind.DayPart) && IsPlural(t, i + 1))
            return new TimeMatch(i, i + 2, new TimeSpec { Type = TimeType.Set, Fixed = $"XXXX-WXX-{word.Value}T{TimeLexicon.DayPartCodes[t.Word(i + 1).Value]}" });
        return WithDayPart(t, new TimeMatch(i, i + 1, new TimeSpec { Weekday = word.Value }));
    }

    /// <summary>"yesterday", "today", "tomorrow", "tonight", "yesterday afternoon".</summary>
    public static TimeMatch? Deictic(TimeTokens t, int i)
    {
        var word = t.Word(i);
        if (!word.Is(TimeWordKind.Deictic))
            return null;
        var spec = new TimeSpec { Unit = TimeUnit.Day, Offset = word.Offset, Shifted = true };
        if (word.Is(TimeWordKind.DayPart))
            return new TimeMatch(i, i + 1, spec with { Type = TimeType.Time, DayPart = word.Value });
        return WithDayPart(t, new TimeMatch(i, i + 1, spec));
    }

    /// <summary>
    /// A shift word before a unit or a name: "next month", "last year", "this week", "last Friday", "last November",
    /// "this fall", "this morning", "last night", "the past year".
    /// </summary>
    public static TimeMatch? Shifted(TimeTokens t, int i)
    {
        var shift = t.Word(i);
        if (!shift.Is(TimeWordKind.Shift) || IsVerb(t, i))
            return null;
        var j = t.Is(i + 1, TimeWordKind.Fiscal) ? i + 2 : i + 1;
        var next = t.Word(j);
        var offset = shift.Offset;
        var completed = t.IsText(i, "latest");
        var anchor = t.IsAny(i, "following", "previous", "preceding", "prior", "same") ? TimeAnchor.Mentioned : TimeAnchor.Reference;
        TimeSpec? spec = null;
        if (next.Is(TimeWordKind.Weekday) && !next.Is(TimeWordKind.Frequency) && t.IsCapitalized(j))
            spec = new TimeSpec { Weekday = next.Value, Unit = TimeUnit.Week, Offset = offset, Shifted = true, Anchor = anchor };
        else if (next.Is(TimeWordKind.Month) && t.IsCapitalized(j) && CalendarRules.MonthFirst(t, j) is not { Spec.Day: not null })
            spec = new TimeSpec { Month = next.Value, Unit = TimeUnit.Year, Offset = offset, Shifted = true };
        else if (next.Is(TimeWordKind.Season))
            spec = new TimeSpec { Season = next.Value, Unit = TimeUnit.Year, Offset = offset, Shifted = true };
        else if (next.Is(TimeWordKind.DayPart) && offset <= 0 && !IsPlural(t, j))
            // "last night" is yesterday's; "this morning", "last evening" are today's.
            spec = new TimeSpec { Type = TimeType.Time, DayPart = next.Value, Unit = TimeUnit.Day, Offset = next.Value == TimeLexicon.Night ? offset : 0, Shifted = true };
        else if (next.Is(TimeWordKind.Unit) && offset < 0 && next.Unit is TimeUnit.Decade or TimeUnit.Century && !IsPlural(t, j))
            spec = new TimeSpec { Type = TimeType.Duration, Unit = next.Unit, Amount = 1 };
        else if (next.Is(TimeWordKind.Unit) && !IsPlural(t, j) && next.Unit is not (TimeUnit.Second or TimeUnit.Minute or TimeUnit.HalfYear))
            spec = new TimeSpec { Unit = next.Unit, Offset = offset, Shifted = true, Completed = completed, Anchor = anchor };
        return spec is null ? null : WithDayPart(t, new TimeMatch(i, j + 1, spec));
    }

    /// <summary>A season named as a time: "the summer", "in the fall", "summer 1998", "the winter of 1994".</summary>
    public static TimeMatch? Season(TimeTokens t, int i)
    {
        var word = t.Word(i);
        if (!word.Is(TimeWordKind.Season) || IsPlural(t, i))
            return null;
        var spec = new TimeSpec { Season = word.Value };
        if (CalendarRules.YearNumber(t, i + 1) is { } year)
            return new TimeMatch(i, i + 2, spec with { Year = year });
        var ofYear = t.IsText(i + 1, "of") ? CalendarRules.Year(t, i + 2) ?? CalendarRules.SpokenYear(t, i + 2) : null;
        if (ofYear is { Spec: { Year: { } named, YearDigits: 4, Month: null } })
            return new TimeMatch(i, ofYear.Value.End, spec with { Year = named });
        // "fall" is a verb and a noun as often as a season: only after "the", "in" or "during", and not before
        // "in" or "of" ("the fall in prices", "the fall of Rome").
        if (!t.IsAny(i - 1, "the", "in", "during") || t.IsAny(i + 1, "in", "of"))
            return null;
        return new TimeMatch(i, i + 1, spec);
    }

    /// <summary>"the third quarter", "third-quarter", "the first half", "the fiscal first quarter".</summary>
    public static TimeMatch? OrdinalPeriod(TimeTokens t, int i)
    {
        var j = t.Is(i, TimeWordKind.Fiscal) ? i + 1 : i;
        var word = t.Word(j);
        var nth = word.Is(TimeWordKind.Ordinal) ? word.Value : DigitOrdinal(t, j);
        if (nth <= 0)
            return null;
        var k = t.IsText(j + 1, "-") ? j + 2 : j + 1;
        var unit = t.Word(k);
        if (!unit.Is(TimeWordKind.Unit) || IsPlural(t, k))
            return null;
        var spec = unit.Unit switch
        {
            TimeUnit.Quarter when nth <= 4 => new TimeSpec { Quarter = nth },
            TimeUnit.HalfYear when nth <= 2 => new TimeSpec { Half = nth },
            TimeUnit.Century when nth <= 21 => new TimeSpec { Year = nth - 1, YearDigits = 2 },
            _ => null,
        };
        return spec is null ? null : new TimeMatch(i, k + 1, spec);
    }

    /// <summary>A unit joined to a shift: "year-earlier", "year-ago", "year-end"; or "the year", "the week", "the weekend".</summary>
    public static TimeMatch? UnitCompound(TimeTokens t, int i)
    {
        var unit = t.Word(i);
        if (!unit.Is(TimeWordKind.Unit) || unit.Unit is TimeUnit.Second or TimeUnit.Minute or TimeUnit.HalfYear || IsPlural(t, i))
            return null;
        if (t.IsText(i + 1, "-") && t.Word(i + 2) is var after)
        {
            if (after.Is(TimeWordKind.Ago) && after.Offset < 0)
                return ReportingPeriod(t, i, i + 3, unit.Unit);
            if (t.IsText(i + 2, "end"))
                return new TimeMatch(i, i + 3, new TimeSpec { Unit = unit.Unit, Mod = TimeMod.End });
        }
        if (t.IsText(i - 1, "that") && unit.Unit is not (TimeUnit.Hour or TimeUnit.Century))
            return new TimeMatch(i, i + 1, new TimeSpec { Unit = unit.Unit, Anchor = TimeAnchor.Mentioned });
        if (t.IsText(i - 1, "the") && unit.Unit == TimeUnit.Year && t.IsAny(i + 1, "ended", "ending"))
            return new TimeMatch(i, i + 1, new TimeSpec { Type = TimeType.Duration, Unit = unit.Unit, Amount = 1 });
        if (t.IsText(i - 1, "the") && unit.Unit is not (TimeUnit.Hour or TimeUnit.Day or TimeUnit.Century))
            return new TimeMatch(i, i + 1, new TimeSpec { Unit = unit.Unit, Completed = unit.Unit == TimeUnit.Quarter });
        return null;
    }

    // "year-earlier", "the year-ago quarter", "the year-earlier period": a year back, at the reporting period's granularity.
    private static TimeMatch ReportingPeriod(TimeTokens t, int start, int end, TimeUnit unit)
    {
        var spec = new TimeSpec { Unit = unit, Offset = -1, Shifted = true, Anchor = TimeAnchor.ReportingPeriod };
        if (unit == TimeUnit.Year && t.Word(end) is { Unit: TimeUnit.Quarter } && !IsPlural(t, end))
            return new TimeMatch(start, end + 1, spec with { Unit = TimeUnit.Quarter, Offset = -4, Completed = true });
        return t.IsText(end, "period") ? new TimeMatch(start, end + 1, spec) : new TimeMatch(start, end, spec);
    }

    // "Tuesday morning", "yesterday afternoon": the day part makes it a TIME.
    private static TimeMatch WithDayPart(TimeTokens t, TimeMatch match)
    {
        var part = t.Word(match.End);
        if (!part.Is(TimeWordKind.DayPart) || t.Chars(match.End).EndsWith("s"))
            return match;
        return new TimeMatch(match.Start, match.End + 1, match.Spec with { Type = TimeType.Time, DayPart = part.Value });
    }

    // "20th", "21st", "3rd": the number, or 0.
    private static int DigitOrdinal(TimeTokens t, int i)
    {
        if (i >= t.Limit)
            return 0;
        var chars = t.Chars(i);
        return chars.Length is 3 or 4 && (chars.EndsWith("st") || chars.EndsWith("nd") || chars.EndsWith("rd") || chars.EndsWith("th"))
            && int.TryParse(chars[..^2], out var n) ? n : 0;
    }

    /// <summary>Whether the token is tagged as a verb ("the strike will last", "the coming").</summary>
    public static bool IsVerb(TimeTokens t, int i) => t.Tag(i) is "VB" or "VBP" or "VBZ" or "VBD";

    public static bool IsPlural(TimeTokens t, int i) => t.Chars(i) is [.., 's' or 'S'];
}
