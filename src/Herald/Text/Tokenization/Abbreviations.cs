using System.Collections.Frozen;

namespace Herald.Text.Tokenization;

/// <summary>How a word followed by a period behaves.</summary>
internal enum AbbreviationKind : byte
{
    /// <summary>Not an abbreviation: the period is a token of its own.</summary>
    None,

    /// <summary>A title or prefix ("Mr.", "Sen.", "e.g.") that is always followed by more of the sentence.</summary>
    Title,

    /// <summary>An abbreviation that often ends a sentence ("Inc.", "U.S.", "Jr.", "Nov.").</summary>
    Ambiguous,

    /// <summary>"a.m." / "p.m.": ends a sentence before a capitalised word unless the time opens the sentence.</summary>
    Time,

    /// <summary>A single letter: an initial ("John F. Kennedy") or a list label ("a.").</summary>
    Initial,
}

/// <summary>
/// Common English (news) abbreviations that keep their period, with a span-based lookup. The lists are
/// plain facts about English usage: titles, months, U.S. state abbreviations in AP style, company suffixes.
/// </summary>
internal static class Abbreviations
{
    // Abbreviations that precede a name or a number and never end a sentence.
    private static readonly string[] TitlesAnyCase =
    [
        "mr", "mrs", "ms", "messrs", "mmes", "dr", "drs", "prof", "profs", "e.g", "i.e", "cf", "viz", "vs",
        "approx", "ca", "esp", "incl",
    ];

    // Same, but only when capitalised ("Gen." the general, not "gen.").
    private static readonly string[] TitlesCapitalOnly =
    [
        "sen", "sens", "rep", "reps", "gov", "govs", "gen", "gens", "lt", "col", "maj", "capt", "cmdr", "cmdt",
        "sgt", "cpl", "pvt", "adm", "brig", "rev", "revd", "msgr", "hon", "pres", "supt", "atty", "insp", "det",
        "amb", "mt", "ft", "mme", "mlle", "sra", "srta", "rt", "fr",
    ];

    // Abbreviations that may end a sentence; in any case ("co." as in "Jane and co.").
    private static readonly string[] AmbiguousAnyCase =
    [
        "inc", "corp", "co", "cos", "ltd", "llc", "bros", "jr", "sr", "st", "ste", "ave", "blvd", "rd", "hwy",
        "etc", "al", "dept", "depts", "univ", "assn", "assoc", "intl", "natl", "mfg", "govt",
        "p", "pp", "vol", "vols", "fig", "figs", "ch", "chap", "sec", "secs", "para",
        "ibid", "op", "cit", "misc", "tel", "ext", "dist", "div", "yr", "yrs", "mos", "hr", "hrs", "mins",
        "oz", "lb", "lbs", "mi", "sq", "pt", "pts", "ph.d", "w.va", "n°", "nº",
    ];

    // Months, week days and AP-style U.S. states: only when capitalised ("Mar." but not "mar.").
    private static readonly string[] AmbiguousCapitalOnly =
    [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "no", "nos", "art",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
        "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
        "va", "vt", "wash", "wis", "wyo", "penn", "penna", "ont", "que", "alta", "sask",
    ];

    private static readonly FrozenDictionary<string, Entry> Table = Build();

    private static readonly FrozenDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly record struct Entry(AbbreviationKind Kind, bool CapitalOnly);

    private static FrozenDictionary<string, Entry> Build()
    {
        var d = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in TitlesAnyCase) d[w] = new Entry(AbbreviationKind.Title, false);
        foreach (var w in TitlesCapitalOnly) d[w] = new Entry(AbbreviationKind.Title, true);
        foreach (var w in AmbiguousAnyCase) d[w] = new Entry(AbbreviationKind.Ambiguous, false);
        foreach (var w in AmbiguousCapitalOnly) d[w] = new Entry(AbbreviationKind.Ambiguous, true);
        d["a.m"] = new Entry(AbbreviationKind.Time, false);
        d["p.m"] = new Entry(AbbreviationKind.Time, false);
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Classifies <paramref name="word"/> (without its final period) as an abbreviation. Besides the lists,
    /// a single letter is an initial and letters joined by periods ("U.S", "J.K") are ambiguous acronyms.
    /// After a hyphen only the lists count ("R-Tenn", "ex-Gov").
    /// </summary>
    public static AbbreviationKind Classify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return AbbreviationKind.None;
        var kind = FromTable(word);
        if (kind != AbbreviationKind.None) return kind;
        if (word.Length == 1) return CharClass.IsLetter(word[0]) ? AbbreviationKind.Initial : AbbreviationKind.None;
        if (IsDottedLetters(word)) return AbbreviationKind.Ambiguous;
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen < word.Length - 1 ? FromTable(word[(hyphen + 1)..]) : AbbreviationKind.None;
    }

    private static AbbreviationKind FromTable(ReadOnlySpan<char> word)
    {
        // All-capital words are acronyms ("SEC", "EST"), not abbreviations, unless dotted ("PH.D").
        if (word.Length > 9 || IsAllCapitalLetters(word) || !Lookup.TryGetValue(word, out var entry)) return AbbreviationKind.None;
        return entry.CapitalOnly && !CharClass.IsUpper(word[0]) ? AbbreviationKind.None : entry.Kind;
    }

    private static bool IsAllCapitalLetters(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return false;
        foreach (var c in word)
        {
            if (!CharClass.IsUpper(c)) return false;
        }
        return true;
    }

    /// <summary>Single letters joined by periods: "U.S", "e.g", "J.K", "U.S.A".</summary>
    private static bool IsDottedLetters(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || (word.Length & 1) == 0) return false;
        for (var i = 0; i < word.Length; i++)
        {
            if ((i & 1) == 0 ? !CharClass.IsLetter(word[i]) : word[i] != '.') return false;
        }
        return true;
    }
}
