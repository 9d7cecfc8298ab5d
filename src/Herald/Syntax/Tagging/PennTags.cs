namespace Herald.Syntax.Tagging;

/// <summary>
/// The Penn Treebank tags as UD English uses them in XPOS (with the OntoNotes additions <c>ADD</c>,
/// <c>AFX</c>, <c>GW</c>, <c>HYPH</c>, <c>NFP</c>, <c>XX</c>); <c>TokenData.Xpos</c> holds an index into <see cref="Names"/>.
/// </summary>
public static class PennTags
{
    /// <summary>The tags. New tags go at the end, so that ids stay stable.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS",
        "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG",
        "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "$",
        "#", "HYPH", "NFP", "ADD", "AFX", "GW", "XX",
    ];

    private static readonly Dictionary<string, short> s_ids = TagTable.Index(Names);

    /// <summary>The id of <paramref name="tag"/>, or -1 when it is not in the table.</summary>
    public static short IdOf(string tag) => s_ids.GetValueOrDefault(tag, (short)-1);

    /// <summary>The tag with id <paramref name="id"/>, or null for an unset (negative) id.</summary>
    public static string? NameOf(int id) => (uint)id < (uint)Names.Count ? Names[id] : null;
}
