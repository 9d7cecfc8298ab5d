namespace Herald.Time;

/// <summary>Calendar arithmetic the normaliser needs: the year of a month named without one, the season of a date.</summary>
internal static class Calendar
{
    // A month within this many days of the reference is the one meant, whatever the tense says.
    private const int CloseDays = 75;

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
            _ => sameYear > 182 ? reference.Year - 1 : sameYear < -182 ? reference.Year + 1 : reference.Year,
        };
    }

    /// <summary>The season index (<see cref="TimeLexicon.SeasonCodes"/>) a date falls in, winter counted with the year it starts in.</summary>
    public static int SeasonOf(DateOnly date) => date.Month switch
    {
        >= 3 and <= 5 => 0,
        >= 6 and <= 8 => 1,
        >= 9 and <= 11 => 2,
        _ => 3,
    };

    private static int DayNumber(int year, int month, int day) => year * 372 + month * 31 + day;
}
