namespace Herald.Time;

/// <summary>A calendar unit, from the finest to the coarsest, as time expressions name them.</summary>
public enum TimeUnit
{
    /// <summary>No unit.</summary>
    None,
    /// <summary>A second.</summary>
    Second,
    /// <summary>A minute.</summary>
    Minute,
    /// <summary>An hour.</summary>
    Hour,
    /// <summary>A part of a day: morning, afternoon, evening, night.</summary>
    DayPart,
    /// <summary>A day.</summary>
    Day,
    /// <summary>A weekend.</summary>
    Weekend,
    /// <summary>A week.</summary>
    Week,
    /// <summary>A month.</summary>
    Month,
    /// <summary>A quarter of a year.</summary>
    Quarter,
    /// <summary>A season of a year.</summary>
    Season,
    /// <summary>Half a year.</summary>
    HalfYear,
    /// <summary>A year.</summary>
    Year,
    /// <summary>Ten years.</summary>
    Decade,
    /// <summary>A hundred years.</summary>
    Century,
}
