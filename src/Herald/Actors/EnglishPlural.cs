namespace Herald.Actors;

/// <summary>The regular English plural of a role phrase: its last word takes -s, -es or -ies ("agency" to "agencies").</summary>
internal static class EnglishPlural
{
    public static string Of(string phrase)
    {
        var cut = phrase.TrimEnd();
        if (cut.Length == 0)
            return cut;
        var last = char.ToLowerInvariant(cut[^1]);
        var upper = char.IsUpper(cut[^1]);
        string Suffix(string s) => upper ? s.ToUpperInvariant() : s;
        if (last == 'y' && cut.Length > 1 && !IsVowel(cut[^2]))
            return cut[..^1] + Suffix("ies");
        if (last is 's' or 'x' or 'z' || EndsWith(cut, "ch") || EndsWith(cut, "sh"))
            return cut + Suffix("es");
        return cut + Suffix("s");
    }

    private static bool EndsWith(string text, string suffix) => text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    private static bool IsVowel(char c) => "aeiouAEIOU".Contains(c, StringComparison.Ordinal);
}
