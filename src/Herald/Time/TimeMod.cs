namespace Herald.Time;

/// <summary>A TIMEX3 <c>mod</c>: which part of a period an expression names.</summary>
public enum TimeMod
{
    /// <summary>The whole period.</summary>
    None,
    /// <summary>Its start ("early 1990").</summary>
    Start,
    /// <summary>Its middle ("mid-November").</summary>
    Mid,
    /// <summary>Its end ("late November").</summary>
    End,
}
