namespace Herald.Tone;

/// <summary>
/// The closed word classes that change a sentiment word's force, as the lexicon-based literature describes them
/// (Hutto and Gilbert 2014; Taboada et al. 2011): negators flip and weaken it, intensifiers strengthen it,
/// downtoners weaken it, and a contrast word shifts weight to the clause after it. Lookups ignore case.
/// </summary>
internal static class ToneWords
{
    /// <summary>How much an intensifier adds to a sentiment word's magnitude.</summary>
    public const float Intensify = 0.293f;

    private static readonly HashSet<string> s_negators = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "n't", "no", "never", "none", "nobody", "nothing", "nowhere", "neither", "nor", "without",
        "cannot", "hardly", "barely", "scarcely", "seldom", "rarely", "lack", "lacks", "lacked", "lacking",
        "ain't", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "cant", "couldnt",
        "shouldnt", "wouldnt", "hasnt", "havent", "hadnt",
    };

    private static readonly HashSet<string> s_intensifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "very", "really", "extremely", "highly", "deeply", "truly", "utterly", "totally", "completely",
        "absolutely", "entirely", "especially", "exceptionally", "particularly", "remarkably", "incredibly",
        "enormously", "hugely", "immensely", "intensely", "terribly", "awfully", "exceedingly", "so", "too",
        "most", "more", "much", "greatly", "thoroughly", "seriously", "severely", "strongly", "profoundly",
        "fully", "genuinely", "tremendously", "purely", "decidedly", "unusually", "overwhelmingly",
    };

    private static readonly HashSet<string> s_downtoners = new(StringComparer.OrdinalIgnoreCase)
    {
        "slightly", "somewhat", "marginally", "partly", "partially", "mildly", "moderately", "fairly",
        "rather", "relatively", "less", "least", "occasionally", "kinda", "sorta",
        "almost", "nearly", "scarce",
    };

    private static readonly HashSet<string> s_contrasts = new(StringComparer.OrdinalIgnoreCase)
    {
        "but", "however", "nevertheless", "nonetheless",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_negatorLookup = s_negators.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_intensifierLookup = s_intensifiers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_downtonerLookup = s_downtoners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_contrastLookup = s_contrasts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> negates what follows ("not", "n't", "never", "without").</summary>
    public static bool IsNegator(ReadOnlySpan<char> word) => s_negatorLookup.Contains(word);

    /// <summary>Whether <paramref name="word"/> starts a clause that outweighs the one before ("but", "however").</summary>
    public static bool IsContrast(ReadOnlySpan<char> word) => s_contrastLookup.Contains(word);

    /// <summary>What <paramref name="word"/> adds to the magnitude of a sentiment word after it: positive for an intensifier, negative for a downtoner, else 0.</summary>
    public static float Degree(ReadOnlySpan<char> word) =>
        s_intensifierLookup.Contains(word) ? Intensify : s_downtonerLookup.Contains(word) ? -Intensify : 0f;
}
