namespace Herald.Time;

/// <summary>Which way from the reference an expression points, as its tense and context say.</summary>
public enum Direction
{
    /// <summary>Nothing says.</summary>
    Unknown,
    /// <summary>Backwards: "Moscow denied it on Tuesday".</summary>
    Past,
    /// <summary>Forwards: "they will meet in July".</summary>
    Future,
}
