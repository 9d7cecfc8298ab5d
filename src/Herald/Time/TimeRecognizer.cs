namespace Herald.Time;

/// <summary>
/// Finds time expressions in one sentence: at each token that can start one, the core rules each try a match
/// and the longest wins; then the wrappers add what TimeML keeps in the extent (a leading "the", "early",
/// "about", a trailing "of 1999") and join a clock time to its day.
/// </summary>
internal static class TimeRecognizer
{
    private delegate TimeMatch? Rule(TimeTokens tokens, int index);

    private static readonly Rule[] s_core =
    [
        CalendarRules.NumericDate, CalendarRules.MonthFirst, CalendarRules.DayFirst, ClockRules.Clock, CalendarRules.Year, CalendarRules.SpokenYear, CalendarRules.MidToken, CalendarRules.DecadeWord,
        RelativeRules.Weekday, RelativeRules.Deictic, AmountRules.Span, RelativeRules.Shifted, RelativeRules.OrdinalPeriod,
        RelativeRules.UnitCompound, RelativeRules.Season, AmountRules.Amount, SetRules.Every, SetRules.Frequency, FuzzyRules.Fuzzy, Holidays.Match,
    ];

    /// <summary>Adds the expressions of the sentence <c>[t.SentenceStart, t.Limit)</c> to <paramref name="found"/>.</summary>
    public static void Recognize(TimeTokens t, List<TimeMatch> found)
    {
        var first = found.Count;
        for (var i = t.SentenceStart; i < t.Limit;)
        {
            if (t.CanStart(i) && Parse(t, i) is { } match)
            {
                found.Add(match);
                i = match.End;
            }
            else
            {
                i++;
            }
        }
        Ranges.ShareYears(t, found, first);
    }

    private static TimeMatch? Parse(TimeTokens t, int i) =>
        Modifiers.Determiner(t, i, Core) ?? Modifiers.Approximate(t, i, Core) ?? Modifiers.Part(t, i, Core) ?? Core(t, i);

    private static TimeMatch? Core(TimeTokens t, int i)
    {
        TimeMatch? best = null;
        foreach (var rule in s_core)
            best = TimeMatch.Longer(best, rule(t, i));
        return best is { } match ? Joins.Extend(t, match, Core) : null;
    }
}
