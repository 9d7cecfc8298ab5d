namespace Herald.Time;

/// <summary>What a relative expression counts from.</summary>
public enum TimeAnchor
{
    /// <summary>The reference date: "next month", "two weeks ago".</summary>
    Reference,
    /// <summary>The period of its unit around the time last mentioned: "that year", "the following day".</summary>
    Mentioned,
    /// <summary>The time last mentioned, moved, at that time's granularity: "two days later", "a year earlier".</summary>
    Moved,
    /// <summary>
    /// A year back from a reporting period: "a year ago", "the year-ago quarter". When the time last mentioned is a
    /// quarter, the same quarter a year earlier, as results are compared; else the reference's year shifted.
    /// </summary>
    ReportingPeriod,
}
