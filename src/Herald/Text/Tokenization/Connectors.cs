using System.Collections.Frozen;

namespace Herald.Text.Tokenization;

/// <summary>
/// Where a hyphen or a slash inside a word keeps the word whole, following UD English (EWT and GUM agree):
/// "well - known", "al - Qaeda", "and / or" are split, but prefixes ("e-mail", "non-profit", "co-founder"),
/// phone numbers and dates ("713-853-3989", "2018-11-11"), numeric slashes ("1/2", "9/11", "12/25/2001")
/// and short slashed abbreviations ("b/c", "w/o", "s/he") stay one token.
/// </summary>
internal static class Connectors
{
    // Prefixes that UD English keeps attached by their hyphen; each is kept whole far more often than split in
    // EWT and GUM train ("non-", "e-", "anti-", "re-", "mid-", ...), plus a few common Latinate prefixes.
    private static readonly string[] Prefixes =
    [
        "non", "e", "anti", "re", "mid", "pre", "pro", "co", "cross", "post", "over", "counter", "semi", "multi",
        "ex", "sub", "mini", "neo", "socio", "psycho", "intra", "inter", "micro", "macro", "arch", "mis", "un",
        "de", "bi", "tri", "hyper", "ultra", "infra", "quasi", "pseudo", "trans", "uni", "mega", "meta", "auto",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup =
        FrozenSet.ToFrozenSet(Prefixes, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Units and multipliers that UD splits off a number written without a space ("600m" -> "600" "m").
    private static readonly string[] Units =
    [
        "k", "m", "b", "bn", "mn", "mm", "cm", "km", "kg", "mg", "ml", "ft", "am", "pm", "x", "hz", "khz", "mhz",
        "ghz", "kb", "mb", "gb", "tb", "kw", "mw", "mph", "kph", "lb", "lbs", "oz", "hr", "hrs", "min", "mins",
        "sec", "secs", "yr", "yrs", "day", "days", "p", "percent",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup =
        FrozenSet.ToFrozenSet(Units, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the hyphen at <paramref name="at"/> joins the word that started at <paramref name="start"/> to what follows.</summary>
    public static bool HyphenJoins(ReadOnlySpan<char> text, int start, int at)
    {
        var segment = text[start..at];
        var hyphen = segment.LastIndexOfAny('-', '\u2011');
        if (hyphen >= 0) segment = segment[(hyphen + 1)..];
        if (PrefixLookup.Contains(segment)) return true;
        if (CharClass.IsDigit(text[at - 1]) && CharClass.IsDigit(text[at + 1])) return IsPhoneOrDate(text, start, at);
        return EmailFollows(text, at);
    }

    /// <summary>Whether the slash at <paramref name="at"/> joins: between digits, or in a short abbreviation ("b/c", "w/o").</summary>
    public static bool SlashJoins(ReadOnlySpan<char> text, int start, int at)
    {
        if (CharClass.IsDigit(text[at - 1]) && CharClass.IsDigit(text[at + 1]))
        {
            for (var k = start; k < at; k++)
            {
                if (!CharClass.IsDigit(text[k]) && text[k] != '/') return false;
            }
            return true;
        }
        if (at - start != 1 || !CharClass.IsLetter(text[start])) return false;
        var k2 = at + 1;
        while (k2 < text.Length && CharClass.IsLetter(text[k2]) && k2 - at <= 3) k2++;
        return k2 - at - 1 <= 2 && (k2 == text.Length || !CharClass.IsWordChar(text[k2]));
    }

    /// <summary>
    /// Digit groups joined by hyphens that UD keeps whole: three or more groups ("2018-11-11",
    /// "713-853-3989"), or two whose last has four digits and whose first does not ("853-3242", "77002-1234";
    /// not the year range "1998-2001").
    /// </summary>
    private static bool IsPhoneOrDate(ReadOnlySpan<char> text, int start, int at)
    {
        var groups = 1;
        var first = 0;
        for (var k = start; k < at; k++)
        {
            if (text[k] == '-')
            {
                groups++;
            }
            else if (!CharClass.IsDigit(text[k]))
            {
                return false;
            }
            else if (groups == 1)
            {
                first++;
            }
        }
        var j = at;
        var last = 0;
        while (j < text.Length && text[j] == '-' && j + 1 < text.Length && CharClass.IsDigit(text[j + 1]))
        {
            groups++;
            last = 0;
            j++;
            while (j < text.Length && CharClass.IsDigit(text[j]))
            {
                j++;
                last++;
            }
        }
        if (j < text.Length && CharClass.IsLetter(text[j])) return false; // "10-15km" is a range
        return groups >= 3 || (last == 4 && first != 4);
    }

    /// <summary>An '@' follows in the same run of non-space characters: the hyphen is inside an e-mail address.</summary>
    private static bool EmailFollows(ReadOnlySpan<char> text, int at)
    {
        for (var k = at + 1; k < text.Length && k < at + 64; k++)
        {
            var c = text[k];
            if (c == '@') return k + 1 < text.Length && CharClass.IsWordChar(text[k + 1]);
            if (!(CharClass.IsWordChar(c) || c is '.' or '-' or '_' or '+')) return false;
        }
        return false;
    }

    /// <summary>
    /// Where a number written together with a unit or multiplier splits ("600m", "1.13bn", "10am"), or -1.
    /// Ordinals and decades ("10th", "1990s") are not units and stay whole.
    /// </summary>
    public static int UnitSplit(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !CharClass.IsDigit(word[0])) return -1;
        var k = 1;
        while (k < word.Length && (CharClass.IsDigit(word[k]) || (word[k] is '.' or ',' && k + 1 < word.Length && CharClass.IsDigit(word[k + 1])))) k++;
        if (k == word.Length || word.Length - k > 7) return -1;
        for (var u = k; u < word.Length; u++)
        {
            if (!char.IsAsciiLetter(word[u])) return -1;
        }
        return UnitLookup.Contains(word[k..]) ? k : -1;
    }
}
