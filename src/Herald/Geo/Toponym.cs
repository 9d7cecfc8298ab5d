namespace Herald.Geo;

/// <summary>A place name in a text: its half-open char span and its text.</summary>
public sealed record Toponym(int Start, int End, string Name)
{
    /// <summary>
    /// Whether the name surely names a place, even one the gazetteer lacks: a gold toponym, or a place mention with a
    /// word for a geographic feature ("Neches River", "Lake Vermont"). Such a name that the gazetteer lacks is placed
    /// in the article's home division (<see cref="UnlistedPlaces.Local"/>).
    /// </summary>
    public bool IsSurelyPlace { get; init; }
}
