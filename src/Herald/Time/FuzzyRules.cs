namespace Herald.Time;

/// <summary>Vague references: "recently", "now", "currently", "the future", "the past", "at present"; and "recent years", a vague duration.</summary>
internal static class FuzzyRules
{
    /// <summary>A vague reference to the past, present or future.</summary>
    public static TimeMatch? Fuzzy(TimeTokens t, int i)
    {
        var word = t.Word(i);
        if (!word.Is(TimeWordKind.Fuzzy))
            return null;
        if (t.IsText(i, "recent") && t.Is(i + 1, TimeWordKind.Unit) && RelativeRules.IsPlural(t, i + 1))
            return new TimeMatch(i, i + 2, new TimeSpec { Type = TimeType.Duration, Unit = t.Word(i + 1).Unit });
        // "past", "present", "current", "future" name the time only as a noun or before one: "the past", "the future".
        var needsDeterminer = t.IsAny(i, "past", "present", "future");
        if (needsDeterminer && !t.IsAny(i - 1, "the", "at", "near"))
            return null;
        if (t.IsText(i, "recent") || (t.IsText(i, "current") && !t.IsNominal(i + 1)))
            return null;
        return Vague(i, i + 1, word.Value);
    }

    private static TimeMatch Vague(int start, int end, int value) =>
        new(start, end, new TimeSpec { Fixed = TimeLexicon.FuzzyValues[value] });
}
