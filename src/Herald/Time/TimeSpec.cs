namespace Herald.Time;

/// <summary>
/// What a recognised time expression says, before it is resolved against a reference date: the calendar
/// fields it names outright, or the unit and shift it names relative to the reference.
/// </summary>
public sealed record TimeSpec
{
    /// <summary>The TIMEX3 type (<see cref="TimeType"/>).</summary>
    public string Type { get; init; } = TimeType.Date;

    /// <summary>A fixed value that needs no reference (<c>PRESENT_REF</c>, <c>XXXX-WXX-2</c>), if any.</summary>
    public string? Fixed { get; init; }

    /// <summary>The year, or the first digits of a decade or century (see <see cref="YearDigits"/>).</summary>
    public int? Year { get; init; }

    /// <summary>How many digits of <see cref="Year"/> are given: 4 for a year, 3 for a decade, 2 for a century.</summary>
    public int YearDigits { get; init; } = 4;

    /// <summary>The month, 1-12.</summary>
    public int? Month { get; init; }

    /// <summary>The day of the month.</summary>
    public int? Day { get; init; }

    /// <summary>For a day given by rule ("the fourth Thursday of November"), which one; <see cref="Day"/> is then null.</summary>
    public (int Nth, DayOfWeek Weekday)? NthWeekday { get; init; }

    /// <summary>The weekday, 1 (Monday) to 7 (Sunday).</summary>
    public int? Weekday { get; init; }

    /// <summary>The quarter, 1-4.</summary>
    public int? Quarter { get; init; }

    /// <summary>The half of the year, 1-2.</summary>
    public int? Half { get; init; }

    /// <summary>The season, an index into <see cref="TimeLexicon.SeasonCodes"/>.</summary>
    public int? Season { get; init; }

    /// <summary>The part of the day, an index into <see cref="TimeLexicon.DayPartCodes"/>.</summary>
    public int? DayPart { get; init; }

    /// <summary>The hour, 0-24.</summary>
    public int? Hour { get; init; }

    /// <summary>The minute.</summary>
    public int? Minute { get; init; }

    /// <summary>For a relative expression, the unit it counts in ("next month": month), else <see cref="TimeUnit.None"/>.</summary>
    public TimeUnit Unit { get; init; }

    /// <summary>For a relative expression, how many units from the reference ("two weeks ago": -2).</summary>
    public int Offset { get; init; }

    /// <summary>Whether <see cref="Offset"/> is given ("last month", "a year ago") rather than left to tense.</summary>
    public bool Shifted { get; init; }

    /// <summary>For a duration, the number of units; null for a vague amount ("several years").</summary>
    public double? Amount { get; init; }

    /// <summary>What a relative expression counts from.</summary>
    public TimeAnchor Anchor { get; init; }

    /// <summary>Whether the most recent completed period is meant ("the latest quarter").</summary>
    public bool Completed { get; init; }

    /// <summary>Which part of the period is meant.</summary>
    public TimeMod Mod { get; init; }

    /// <summary>Whether the expression needs a reference date to be resolved.</summary>
    public bool NeedsReference => Fixed is null && Type != TimeType.Duration && (Year is null || Unit != TimeUnit.None);
}
