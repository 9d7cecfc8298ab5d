namespace Herald.Syntax.Parsing;

/// <summary>
/// The dependency relations Herald's parser assigns: the 37 universal relations and the subtypes UD English
/// uses; <c>TokenData.Dependency</c> holds an index into <see cref="Names"/>. Ids fit in 64 bits of a label set.
/// </summary>
public static class DependencyLabels
{
    /// <summary>The relations. New relations go at the end, so that ids stay stable.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "root", "punct", "case", "det", "nsubj", "advmod", "amod", "obj", "obl", "conj", "nmod", "compound", "cc",
        "mark", "aux", "cop", "advcl", "xcomp", "flat", "ccomp", "parataxis", "acl", "appos", "nummod", "discourse",
        "expl", "fixed", "iobj", "list", "dep", "reparandum", "csubj", "vocative", "goeswith", "orphan", "dislocated",
        "clf",
        "nmod:poss", "acl:relcl", "aux:pass", "nsubj:pass", "obl:unmarked", "nmod:unmarked", "compound:prt",
        "obl:agent", "nmod:desc", "nsubj:outer", "det:predet", "advcl:relcl", "cc:preconj", "csubj:pass",
        "csubj:outer", "obl:npmod", "obl:tmod", "nmod:npmod", "nmod:tmod", "flat:foreign", "det:poss", "expl:pv",
        "flat:name", "obl:arg", "nmod:arg",
    ];

    /// <summary>The id of <c>root</c>.</summary>
    public const int Root = 0;

    private static readonly Dictionary<string, short> s_ids = Index();

    private static readonly bool[] s_allButRoot = [.. Enumerable.Range(0, Names.Count).Select(id => id != Root)];

    /// <summary>A mask over the relations: every relation but <c>root</c>, those an arc between two words may take.</summary>
    public static ReadOnlySpan<bool> AllButRoot => s_allButRoot;

    /// <summary>Number of relations.</summary>
    public static int Count => Names.Count;

    /// <summary>The id of <paramref name="label"/>; an unknown subtype falls back to its relation, anything else to <c>dep</c>.</summary>
    public static short IdOf(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (s_ids.TryGetValue(label, out var id))
            return id;
        var colon = label.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && s_ids.TryGetValue(label[..colon], out id))
            return id;
        return s_ids["dep"];
    }

    /// <summary>The relation with id <paramref name="id"/>, or null for an unset (negative) id.</summary>
    public static string? NameOf(int id) => (uint)id < (uint)Names.Count ? Names[id] : null;

    private static Dictionary<string, short> Index()
    {
        var ids = new Dictionary<string, short>(StringComparer.Ordinal);
        for (var i = 0; i < Names.Count; i++)
            ids.Add(Names[i], (short)i);
        return ids;
    }
}
