namespace Herald.Time;

/// <summary>Recurring times: "every Monday", "each year", "daily", "Tuesday nights".</summary>
internal static class SetRules
{
    /// <summary>"every Monday", "each month", "every two weeks", "every other day".</summary>
    public static TimeMatch? Every(TimeTokens t, int i)
    {
        if (!t.Is(i, TimeWordKind.Every))
            return null;
        var j = t.IsText(i + 1, "other") ? i + 2 : i + 1;
        var word = t.Word(j);
        if (word.Is(TimeWordKind.Weekday) && t.IsCapitalized(j))
            return WithDayPart(t, i, j + 1, word.Value);
        if (word.Is(TimeWordKind.Month) && t.IsCapitalized(j))
            return new TimeMatch(i, j + 1, Set($"XXXX-{word.Value:00}"));
        if (Amounts.TryRead(t, j, out var afterAmount, out var amount) && !t.Is(j, TimeWordKind.Determiner)
            && Amounts.TryUnit(t, afterAmount, out var end, out var counted))
            return new TimeMatch(i, end, Set(Amounts.DurationValue(counted, amount)));
        if (Amounts.TryUnit(t, j, out end, out var unit))
            return new TimeMatch(i, end, Set(UnitValue(unit)));
        return null;
    }

    /// <summary>"daily", "weekly", "annually", "Mondays", "Tuesday nights".</summary>
    public static TimeMatch? Frequency(TimeTokens t, int i)
    {
        var word = t.Word(i);
        if (!word.Is(TimeWordKind.Frequency) || word.Is(TimeWordKind.Every))
            return null;
        if (word.Is(TimeWordKind.Weekday))
            return t.IsCapitalized(i) ? WithDayPart(t, i, i + 1, word.Value) : null;
        return new TimeMatch(i, i + 1, Set(UnitValue(word.Unit)));
    }

    private static TimeMatch WithDayPart(TimeTokens t, int start, int end, int weekday)
    {
        var part = t.Word(end);
        return part.Is(TimeWordKind.DayPart)
            ? new TimeMatch(start, end + 1, Set($"XXXX-WXX-{weekday}T{TimeLexicon.DayPartCodes[part.Value]}"))
            : new TimeMatch(start, end, Set($"XXXX-WXX-{weekday}"));
    }

    // The TIMEX3 value of "every <unit>", as TimeML writes it: the period, P1D for "daily".
    private static string UnitValue(TimeUnit unit) => Amounts.DurationValue(unit, 1);

    private static TimeSpec Set(string value) => new() { Type = TimeType.Set, Fixed = value };
}
