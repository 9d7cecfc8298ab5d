namespace Herald.Time;

/// <summary>The TIMEX3 types, as the JSON record and TimeML name them.</summary>
public static class TimeType
{
    /// <summary>A calendar date or period: "Nov. 11", "next month", "the 1990s".</summary>
    public const string Date = "DATE";
    /// <summary>A time of day: "10:30 a.m.", "Tuesday morning".</summary>
    public const string Time = "TIME";
    /// <summary>A length of time: "12 years", "a decade".</summary>
    public const string Duration = "DURATION";
    /// <summary>A recurring time: "every Monday", "daily".</summary>
    public const string Set = "SET";
}
