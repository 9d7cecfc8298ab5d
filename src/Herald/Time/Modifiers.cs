namespace Herald.Time;

/// <summary>Words before an expression that TimeML keeps in its extent: "the", "early", "the end of", "about", "more than".</summary>
internal static class Modifiers
{
    /// <summary>Parses the expression that starts at a token.</summary>
    public delegate TimeMatch? Parser(TimeTokens tokens, int index);

    private static readonly string[] s_approximators = ["about", "around", "approximately", "nearly", "almost", "roughly", "some", "over", "under", "just", "only", "within"];
    private static readonly string[] s_comparatives = ["more", "less", "fewer"];

    /// <summary>"the third quarter", "the 1990s", "the past two months", "the end of the year"; not "the 2016 election".</summary>
    public static TimeMatch? Determiner(TimeTokens t, int i, Parser core)
    {
        if (!t.IsAny(i, "the", "that"))
            return null;
        if ((Part(t, i + 1, core) ?? core(t, i + 1)) is not { } inner || !KeepsDeterminer(t, inner)
            || (t.IsText(i, "that") && inner.Spec.Anchor != TimeAnchor.Mentioned))
            return null;
        return inner with { Start = i };
    }

    /// <summary>"about a decade", "more than four decades ago", "at least 10 years", "up to 180 days".</summary>
    public static TimeMatch? Approximate(TimeTokens t, int i, Parser core)
    {
        var j = i;
        if (t.IsAny(j, s_comparatives) && t.IsText(j + 1, "than"))
            j += 2;
        else if ((t.IsText(j, "at") && t.IsAny(j + 1, "least", "most")) || (t.IsText(j, "up") && t.IsText(j + 1, "to")))
            j += 2;
        else if (t.IsAny(j, s_approximators))
            j += 1;
        else
            return null;
        if (!Amounts.TryRead(t, j, out _, out _) || core(t, j) is not { } inner || inner.Spec.Type != TimeType.Duration && !inner.Spec.Shifted)
            return null;
        return inner with { Start = i };
    }

    /// <summary>"early next year", "late November", "mid-1990s", "earlier this week", "the end of 1999", "the beginning of the year".</summary>
    public static TimeMatch? Part(TimeTokens t, int i, Parser core)
    {
        var part = t.Word(i);
        if (!part.Is(TimeWordKind.Part))
            return null;
        var j = i + 1;
        var needsOf = t.IsAny(i, "beginning", "start", "end", "middle", "close", "dawn");
        if (needsOf)
        {
            if (!t.IsText(j, "of"))
                return null;
            j++;
        }
        else if (t.IsText(j, "-") && t.Touches(i))
        {
            j++;
        }
        if ((Determiner(t, j, core) ?? core(t, j)) is not { } inner || inner.Spec.Type is TimeType.Duration or TimeType.Set || inner.Spec.Fixed is not null)
            return null;
        if (t.IsAny(i, "earlier", "later") && !inner.Spec.Shifted)
            return null;
        return new TimeMatch(i, inner.End, inner.Spec with { Mod = (TimeMod)part.Value });
    }

    // A bare year, month or named day keeps "the" out: "the 2016 election", "the December quarter", "the Tuesday meeting".
    private static bool KeepsDeterminer(TimeTokens t, TimeMatch inner)
    {
        var spec = inner.Spec;
        if (spec.Fixed is not null && spec.Type != TimeType.Set)
            return t.IsAny(inner.Start, "past", "present", "future");
        if (spec.Type == TimeType.Set || (spec.Weekday is not null && spec.Unit == TimeUnit.None) || spec.Day is not null
            || (spec.Month is not null && spec.Unit == TimeUnit.None && spec.Mod == TimeMod.None))
            return false;
        return !(spec.Year is not null && spec.YearDigits == 4 && spec.Unit == TimeUnit.None && spec.Month is null && spec.Quarter is null && spec.Mod == TimeMod.None && t.Digits(inner.Start) > 0);
    }
}
