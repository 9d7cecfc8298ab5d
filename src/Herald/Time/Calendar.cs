namespace Herald.Time;

/// <summary>Calendar arithmetic the normaliser needs: the year of a month named without one, the season of a date.</summary>
internal static class Calendar
{
    // A month within this many days of the reference is the one meant, whatever the tense says.
    private const int CloseDays = 75;

    // Without a tense, a month of the reference's year is meant unless it lies further back than about 7.5
    // months, or further ahead than about 5: news looks back more readily than ahead.
    private const int SameYearBackDays = 228;
    private const int SameYearAheadDays = 150;

    /// <summary>
    /// The year of <paramref name="month"/>/<paramref name="day"/> said without one: the occurrence close to the
    /// reference if there is one; else the one the tense points to; else the nearest.
    /// </summary>
    public static int MonthYear(DateOnly reference, int month, int day, Direction direction)
    {
        var sameYear = DayNumber(reference.Year, month, day) - DayNumber(reference.Year, reference.Month, reference.Day);
        if (Math.Abs(sameYear) <= CloseDays)
            return reference.Year;
        return direction switch
        {
            Direction.Past => sameYear > 0 ? reference.Year - 1 : reference.Year,
            Direction.Future => sameYear < 0 ? reference.Year + 1 : reference.Year,
            _ => sameYear > SameYearAheadDays ? reference.Year - 1 : sameYear < -SameYearBackDays ? reference.Year + 1 : reference.Year,
        };
    }

    /// <summary>The season index (<see cref="TimeLexicon.SeasonCodes"/>) a date falls in.</summary>
    public static int SeasonOf(DateOnly date) => date.Month switch
    {
        >= 3 and <= 5 => 0,
        >= 6 and <= 8 => 1,
        >= 9 and <= 11 => 2,
        _ => 3,
    };

    /// <summary>
    /// The year of the <paramref name="season"/> before (<paramref name="offset"/> &lt; 0) or after the season the
    /// reference falls in; a winter belongs to the year it starts in, so January's "last fall" is the year before.
    /// </summary>
    public static int SeasonYear(DateOnly reference, int season, int offset)
    {
        var seasonYear = reference.Month <= 2 ? reference.Year - 1 : reference.Year;
        var current = seasonYear * 4 + SeasonOf(reference);
        return offset < 0 ? (int)Math.Floor((current - 1 - season) / 4.0) : (int)Math.Floor((current - season) / 4.0) + 1;
    }

    private static int DayNumber(int year, int month, int day) => year * 372 + month * 31 + day;
}
