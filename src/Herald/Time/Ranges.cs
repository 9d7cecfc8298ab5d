namespace Herald.Time;

/// <summary>Ranges: each end is its own expression, and the first end takes the year the second names ("Jan.-March 1998").</summary>
internal static class Ranges
{
    private static readonly string[] s_joiners = ["-", "–", "to", "through", "until", "and", "or"];

    /// <summary>Fills in missing years of range starts among <c>found[first..]</c>.</summary>
    public static void ShareYears(TimeTokens t, List<TimeMatch> found, int first)
    {
        for (var k = first; k + 1 < found.Count; k++)
        {
            var (a, b) = (found[k], found[k + 1]);
            if (b.Start == a.End + 1 && t.IsAny(a.End, s_joiners) && a.Spec is { Year: null, Month: not null, Unit: TimeUnit.None }
                && b.Spec is { Year: not null, Month: not null })
                found[k] = a with { Spec = a.Spec with { Year = b.Spec.Year } };
        }
    }
}
