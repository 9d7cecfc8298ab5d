namespace Herald.Time;

/// <summary>
/// Holidays with a fixed date or a fixed rule: "Christmas", "Christmas Eve", "New Year's Day", "Halloween",
/// "Valentine's Day", "Thanksgiving" (the fourth Thursday of November, as in the United States).
/// </summary>
public static class Holidays
{
    private sealed record Holiday(string[] Words, int Month, int Day, DayOfWeek? NthWeekday = null);

    // Longer names first, so that "Christmas Eve" wins over "Christmas". A day of 0 with a weekday means the
    // Day-th such weekday of the month.
    private static readonly Holiday[] s_holidays =
    [
        new(["Christmas", "Eve"], 12, 24), new(["Christmas", "Day"], 12, 25), new(["Christmas"], 12, 25),
        new(["New", "Year", "'s", "Eve"], 12, 31), new(["New", "Year", "'s", "Day"], 1, 1),
        new(["Halloween"], 10, 31), new(["Valentine", "'s", "Day"], 2, 14),
        new(["Thanksgiving", "Day"], 11, 4, DayOfWeek.Thursday), new(["Thanksgiving"], 11, 4, DayOfWeek.Thursday),
    ];

    /// <summary>The words holiday names start with, for the lexicon.</summary>
    public static IEnumerable<string> FirstWords => s_holidays.Select(h => h.Words[0]).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>A holiday named at <paramref name="i"/>, with a year after it if one is given ("Christmas 2004").</summary>
    internal static TimeMatch? Match(TimeTokens t, int i)
    {
        if (!t.Is(i, TimeWordKind.Holiday) || !t.IsCapitalized(i))
            return null;
        foreach (var holiday in s_holidays)
        {
            if (!Spells(t, i, holiday.Words))
                continue;
            var end = i + holiday.Words.Length;
            var year = CalendarRules.YearNumber(t, end);
            var spec = new TimeSpec { Year = year, Month = holiday.Month, Day = holiday.NthWeekday is null ? holiday.Day : null, NthWeekday = holiday.NthWeekday is { } weekday ? (holiday.Day, weekday) : null };
            return new TimeMatch(i, year is null ? end : end + 1, spec);
        }
        return null;
    }

    /// <summary>The day of the month of the <paramref name="nth"/> <paramref name="weekday"/> of a month.</summary>
    public static int NthWeekday(int year, int month, int nth, DayOfWeek weekday)
    {
        var first = new DateOnly(year, month, 1);
        return 1 + ((int)weekday - (int)first.DayOfWeek + 7) % 7 + 7 * (nth - 1);
    }

    private static bool Spells(TimeTokens t, int i, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!t.IsText(i + k, words[k]) && !(words[k] == "'s" && t.IsText(i + k, "’s")))
                return false;
        }
        return true;
    }
}
