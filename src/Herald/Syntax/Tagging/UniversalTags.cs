namespace Herald.Syntax.Tagging;

/// <summary>The 17 Universal Dependencies part-of-speech tags; <c>TokenData.Upos</c> holds an index into <see cref="Names"/>.</summary>
public static class UniversalTags
{
    /// <summary>The tags, in the order of the UD documentation.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
        "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
    ];

    private static readonly Dictionary<string, short> s_ids = TagTable.Index(Names);

    /// <summary>The id of <paramref name="tag"/>, or -1 when it is not a UD tag.</summary>
    public static short IdOf(string tag) => s_ids.GetValueOrDefault(tag, (short)-1);

    /// <summary>The tag with id <paramref name="id"/>, or null for an unset (negative) id.</summary>
    public static string? NameOf(int id) => (uint)id < (uint)Names.Count ? Names[id] : null;
}
