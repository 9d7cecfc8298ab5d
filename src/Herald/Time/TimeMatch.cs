namespace Herald.Time;

/// <summary>A recognised time expression: the half-open token range and what it says.</summary>
internal readonly record struct TimeMatch(int Start, int End, TimeSpec Spec)
{
    /// <summary>The longer of two matches; the earlier rule wins a tie.</summary>
    public static TimeMatch? Longer(TimeMatch? best, TimeMatch? next) =>
        next is { } n && (best is not { } b || n.End > b.End) ? next : best;
}
