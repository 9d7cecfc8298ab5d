using Herald.Documents;
using Herald.Entities.Gazetteers;

namespace Herald.Entities.Recognition;

/// <summary>
/// Herald's type convention for seats of government named for the institution ("the Kremlin said", "the White
/// House"): they are organisations (see <see cref="EntityTypes.Organization"/>), whereas CoNLL-2003, which the
/// weights learn from, mostly marks them LOC. A LOC mention that is exactly one of these names becomes ORG.
/// </summary>
internal static class SeatsOfGovernment
{
    private static readonly HashSet<ulong> s_names =
    [
        .. new[]
        {
            "Kremlin", "White House", "Pentagon", "Downing Street", "Elysee", "Élysée", "Elysee Palace", "Quai d'Orsay",
            "Zhongnanhai", "Blue House", "Whitehall", "Foggy Bottom", "Capitol Hill", "Vatican", "Holy See",
        }.Select(Gazetteer.HashName),
    ];

    /// <summary>Whether tokens [<paramref name="start"/>, <paramref name="end"/>) spell one of the names.</summary>
    public static bool IsMatch(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, int start, int end)
    {
        if (end - start > 3)
            return false;
        var hash = Gazetteer.Seed;
        for (var t = start; t < end; t++)
            hash = Gazetteer.Extend(hash, text.Slice(tokens[t].Start, tokens[t].Length));
        return s_names.Contains(hash);
    }
}
