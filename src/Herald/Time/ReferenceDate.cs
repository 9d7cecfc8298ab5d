namespace Herald.Time;

/// <summary>
/// The date relative expressions resolve against: the publication date when the article has one, else the
/// first full date the text names outright ("Nov. 11, 2018", "2018-11-11"), else none.
/// </summary>
internal static class ReferenceDate
{
    /// <summary>The reference for a document whose recognised expressions are <paramref name="found"/>.</summary>
    public static DateOnly? Choose(DateTimeOffset? published, IReadOnlyList<TimeMatch> found)
    {
        if (published is { } date)
            return DateOnly.FromDateTime(date.Date);
        foreach (var match in found)
        {
            if (match.Spec is { Year: { } year, YearDigits: 4, Month: { } month, Day: { } day, Unit: TimeUnit.None })
                return new DateOnly(year, month, day);
        }
        return null;
    }
}
