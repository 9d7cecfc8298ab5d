namespace Herald.Time;

/// <summary>Reads amounts ("12", "two", "twenty-four", "a", "several", "a few") and calendar units after them.</summary>
internal static class Amounts
{
    /// <summary>Reads an amount at <paramref name="i"/>; <paramref name="amount"/> is null for a vague one.</summary>
    public static bool TryRead(TimeTokens t, int i, out int end, out double? amount)
    {
        end = i;
        amount = null;
        if (t.Digits(i) is > 0 and var digits && CalendarRules.YearNumber(t, i) is null)
        {
            (end, amount) = (i + 1, digits);
            return true;
        }
        var word = t.Word(i);
        if (word.Is(TimeWordKind.Determiner) && word.Is(TimeWordKind.Number))
            return TryArticle(t, i, out end, out amount);
        if (word.Is(TimeWordKind.Vague))
        {
            end = t.IsText(i + 1, "of") ? i + 2 : i + 1;
            return true;
        }
        if (!word.Is(TimeWordKind.Number))
            return false;
        var value = word.Value;
        end = i + 1;
        var next = t.IsText(end, "-") ? end + 1 : end;
        if (value >= 20 && value % 10 == 0 && t.Word(next) is { Kind: TimeWordKind.Number, Value: < 10 } ones)
        {
            value += ones.Value;
            end = next + 1;
        }
        if (t.IsText(end, "hundred"))
        {
            value *= 100;
            end++;
        }
        amount = value;
        return true;
    }

    // "a year", "a few days", "a couple of weeks".
    private static bool TryArticle(TimeTokens t, int i, out int end, out double? amount)
    {
        amount = null;
        if (t.IsAny(i + 1, "few", "number"))
        {
            end = t.IsText(i + 2, "of") ? i + 3 : i + 2;
            return true;
        }
        if (t.IsText(i + 1, "couple"))
        {
            end = t.IsText(i + 2, "of") ? i + 3 : i + 2;
            amount = 2;
            return true;
        }
        end = i + 1;
        amount = 1;
        return true;
    }

    /// <summary>Reads a unit at <paramref name="i"/>, or after a hyphen there ("two-year").</summary>
    public static bool TryUnit(TimeTokens t, int i, out int end, out TimeUnit unit)
    {
        if (t.IsText(i, "-"))
            i++;
        var word = t.Word(i);
        unit = word.Is(TimeWordKind.Unit) ? word.Unit : TimeUnit.None;
        end = i + 1;
        return unit is not (TimeUnit.None or TimeUnit.HalfYear);
    }

    /// <summary>The TIMEX3 duration value for <paramref name="amount"/> of <paramref name="unit"/>: P12Y, PT5H, PXD.</summary>
    public static string DurationValue(TimeUnit unit, double? amount)
    {
        var (scale, code) = unit switch
        {
            TimeUnit.Second => (1, "S"),
            TimeUnit.Minute => (1, "M"),
            TimeUnit.Hour => (1, "H"),
            TimeUnit.Day or TimeUnit.DayPart => (1, "D"),
            TimeUnit.Weekend => (2, "D"),
            TimeUnit.Week => (1, "W"),
            TimeUnit.Month => (1, "M"),
            TimeUnit.Quarter => (1, "Q"),
            TimeUnit.HalfYear => (6, "M"),
            TimeUnit.Decade => (10, "Y"),
            TimeUnit.Century => (100, "Y"),
            _ => (1, "Y"),
        };
        var number = amount is { } a ? (a * scale).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "X";
        var clock = unit is TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour;
        return clock ? $"PT{number}{code}" : $"P{number}{code}";
    }
}
