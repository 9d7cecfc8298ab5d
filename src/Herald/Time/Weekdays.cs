namespace Herald.Time;

/// <summary>
/// Resolves a weekday name to a date. Looking back, it is the latest such day on or before the reference;
/// looking forward, the first on or after it; so a weekday of the reference's own week stays in that week
/// when the tense agrees, and the reference's own weekday is the reference day itself.
/// </summary>
internal static class Weekdays
{
    /// <summary>The date of <paramref name="weekday"/> (1 = Monday) as seen from <paramref name="reference"/>.</summary>
    /// <param name="reference">The reference date.</param>
    /// <param name="weekday">ISO weekday, 1 (Monday) to 7 (Sunday).</param>
    /// <param name="shift">-1 for "last Friday", +1 for "next Friday", 0 for "this Friday", null for a bare name.</param>
    /// <param name="direction">The tense of the context, for a bare name.</param>
    public static DateOnly Resolve(DateOnly reference, int weekday, int? shift, Direction direction)
    {
        var today = IsoWeekday(reference);
        var back = (today - weekday + 7) % 7;
        var ahead = (weekday - today + 7) % 7;
        return shift switch
        {
            < 0 => reference.AddDays(back == 0 ? -7 : -back),
            > 0 => reference.AddDays(ahead == 0 ? 7 : ahead),
            0 => reference.AddDays(weekday - today),
            _ => direction == Direction.Future ? reference.AddDays(ahead) : reference.AddDays(-back),
        };
    }

    private static int IsoWeekday(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;
}
