namespace Herald.Time;

/// <summary>What the lexicon knows of one word: its roles and the numbers that go with them.</summary>
/// <param name="Kind">The roles the word can play.</param>
/// <param name="Value">The month, weekday, number, season, day part, fuzzy value or clock hour.</param>
/// <param name="Unit">The calendar unit the word names or implies, if any.</param>
/// <param name="Offset">The shift a deictic, shift or "ago" word makes: -1 back, +1 forward, 0 the current one.</param>
public readonly record struct TimeWord(TimeWordKind Kind, int Value = 0, TimeUnit Unit = TimeUnit.None, int Offset = 0)
{
    /// <summary>Whether the word can play <paramref name="kind"/>.</summary>
    public bool Is(TimeWordKind kind) => (Kind & kind) != 0;
}
