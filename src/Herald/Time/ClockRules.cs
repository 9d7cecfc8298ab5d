namespace Herald.Time;

/// <summary>Times of day: "10:30 a.m. EST", "5 p.m.", "noon", "midnight", "14:00 GMT".</summary>
internal static class ClockRules
{
    /// <summary>A clock time with an optional meridiem and zone.</summary>
    public static TimeMatch? Clock(TimeTokens t, int i)
    {
        var word = t.Word(i);
        int hour, minute = 0, end;
        if (word.Is(TimeWordKind.Clock))
        {
            (hour, end) = (word.Value, i + 1);
        }
        else if (TryHourMinute(t.Chars(i), out hour, out minute))
        {
            end = i + 1;
            if (!t.Is(end, TimeWordKind.Meridiem) && !t.Is(end, TimeWordKind.Zone) && !t.IsAny(i - 1, "at", "by", "until", "before", "after", "around", "from"))
                return null;
        }
        else if (t.Digits(i) is >= 1 and <= 12 and var h && t.Is(i + 1, TimeWordKind.Meridiem))
        {
            (hour, end) = (h, i + 1);
        }
        else
        {
            return null;
        }
        if (t.Is(end, TimeWordKind.Meridiem))
        {
            var meridiem = t.Word(end).Value;
            if (hour > 12)
                return null;
            hour = hour % 12 + meridiem;
            end = t.IsText(end + 1, ".") ? end + 2 : end + 1;
        }
        if (t.Is(end, TimeWordKind.Zone) && t.IsCapitalized(end))
            end++;
        // A clock time alone is on the day last spoken of ("on Friday ... at 10:35 a.m."), else the reference day.
        return new TimeMatch(i, end, new TimeSpec { Type = TimeType.Time, Hour = hour, Minute = minute, Unit = TimeUnit.Day, Anchor = TimeAnchor.Mentioned });
    }

    // "10:30", "8:02".
    private static bool TryHourMinute(ReadOnlySpan<char> chars, out int hour, out int minute)
    {
        hour = minute = 0;
        var colon = chars.IndexOf(':');
        return colon is 1 or 2 && chars.Length == colon + 3
            && int.TryParse(chars[..colon], out hour) && int.TryParse(chars[(colon + 1)..], out minute)
            && hour is >= 0 and <= 24 && minute is >= 0 and <= 59;
    }
}
