namespace Herald.Events;

/// <summary>What one element of a word pattern stands for (PETRARCH's markers, docs/events.md).</summary>
public enum PatternRole
{
    /// <summary>One of some phrases, its words consecutive.</summary>
    Words,
    /// <summary><c>$</c>: the source actor stands here.</summary>
    Source,
    /// <summary><c>+</c>: the target actor stands here.</summary>
    Target,
    /// <summary><c>%</c>: joined actors stand here that act on each other.</summary>
    Compound,
    /// <summary><c>^</c>: one phrase (an actor or a word) is passed over.</summary>
    Skip,
}

/// <summary>
/// One element of the words a pattern wants before or after its verb: a set of alternative phrases (each a run of
/// lower-case words that must be consecutive in the sentence), or a marker where an actor stands or a phrase is skipped.
/// </summary>
public sealed record PatternElement(PatternRole Role, IReadOnlyList<string[]> Phrases)
{
    /// <summary>
    /// Whether the element must stand right next to what comes before it on the way out from the verb, no gap
    /// allowed (PETRARCH's '_' between a phrase and the verb's <c>*</c>: <c>RECENTLY_*</c>).
    /// </summary>
    public bool Adjacent { get; init; }

    /// <summary>A marker element (no words).</summary>
    public static PatternElement Marker(PatternRole role) => new(role, []);

    /// <summary>An element of one or more alternative phrases.</summary>
    public static PatternElement Of(IEnumerable<string[]> phrases) => new(PatternRole.Words, [.. phrases]);

    /// <summary>Whether one of the alternatives is <paramref name="phrase"/> (words separated by spaces).</summary>
    public bool Contains(string phrase) => Phrases.Any(p => string.Join(' ', p) == phrase);

    /// <summary>How many words the element pins down (a marker counts one): longer elements are more specific.</summary>
    public int Weight => Phrases.Count == 0 ? 1 : Phrases.Min(p => p.Length);
}
