namespace Herald.Extraction.Metadata;

/// <summary>
/// Cleans author candidates into names: strips a leading "By" (in a few languages) and what follows a
/// separator, splits lists of names, and rejects what is no person's name: addresses, e-mail, site and
/// publisher names, sentences.
/// </summary>
internal static class AuthorNames
{
    private const int MaxLength = 60;
    private const int MaxWords = 6;

    private static readonly string[] s_byWords = ["by", "von", "par", "por", "di", "da", "door", "av", "af", "przez", "autor", "author", "written by", "posted by", "reported by"];

    // What follows one of these is a date, a role or a site, not more names.
    private static readonly string[] s_tails = ["|", "\u2022", "\u00B7", " - ", " \u2013 ", " \u2014 ", "\n"];

    private static readonly string[] s_separators = [" and ", " und ", " et ", " y ", " e ", " & ", ", ", ";", " / "];

    /// <summary>The names in <paramref name="candidate"/>, each checked against <paramref name="siteNames"/>.</summary>
    public static IEnumerable<string> Clean(string candidate, IReadOnlyCollection<string> siteNames)
    {
        var text = TextCleaning.Collapse(candidate);
        foreach (var separator in s_tails)
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
                text = text[..at].Trim();
        }
        text = StripBy(text);
        foreach (var part in text.Split(s_separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var name = StripBy(part.Trim(' ', '.', ',', ':', '-', '\u2013', '\u2014'));
            if (IsName(name, siteNames))
                yield return name;
        }
    }

    /// <summary>
    /// One name written surname first, as bibliographic tags write it, turned round: "Roy, Aniruddha" -> "Aniruddha Roy".
    /// Anything else (a list of names, a name without a comma) is returned as it is.
    /// </summary>
    public static string SurnameFirst(string name)
    {
        var parts = name.Split(',', StringSplitOptions.TrimEntries);
        return parts.Length == 2 && parts.All(part => part.Length > 0 && part.Split(' ').Length <= 3) ? $"{parts[1]} {parts[0]}" : name;
    }

    /// <summary>Whether <paramref name="text"/> opens with "By" (or its like) and then a capitalised word: a byline line.</summary>
    public static bool IsBylineText(string text)
    {
        var stripped = StripBy(text);
        return stripped.Length < text.Length && stripped.Length > 0 && char.IsUpper(stripped[0]);
    }

    /// <summary>Whether <paramref name="text"/> is only a byline label ("Written by", "Author:"), the name following apart.</summary>
    public static bool IsBylineLabel(string text) =>
        s_byWords.Contains(text.Trim().TrimEnd(':').Trim().ToLowerInvariant());

    private static string StripBy(string text)
    {
        foreach (var by in s_byWords)
        {
            if (text.Length > by.Length + 1 && text.StartsWith(by, StringComparison.OrdinalIgnoreCase)
                && (text[by.Length] == ' ' || text[by.Length] == ':'))
                return text[(by.Length + 1)..].TrimStart(' ', ':');
        }
        return text;
    }

    /// <summary>Whether <paramref name="name"/> can be a person's name and is not the site's.</summary>
    public static bool IsName(string name, IReadOnlyCollection<string> siteNames)
    {
        if (name.Length is < 2 or > MaxLength || name.Split(' ').Length > MaxWords)
            return false;
        if (name.Contains("://", StringComparison.Ordinal) || name.Contains('@', StringComparison.Ordinal)
            || name.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || name.StartsWith('/'))
            return false;
        if (!name.Any(char.IsLetter) || name.Any(char.IsDigit))
            return false;
        if (name.Contains('*', StringComparison.Ordinal) || s_byWords.Contains(name.ToLowerInvariant()) || name.Equals("the author", StringComparison.OrdinalIgnoreCase))
            return false; // a form label or a heading, not a name
        var key = Key(name);
        return !siteNames.Any(site => Key(site) == key);
    }

    // Words that name an organisation or a publication rather than a person.
    private static readonly HashSet<string> s_organisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "llc", "ltd", "corp", "corporation", "company", "co", "group", "gmbh", "plc", "labs", "studio", "studios",
        "news", "media", "blog", "team", "staff", "editors", "editorial", "desk", "times", "post", "journal", "magazine",
        "press", "network", "daily", "weekly", "review", "tribune", "herald", "gazette", "report", "online", "digital",
        "analytics", "software", "systems", "solutions", "consulting", "partners", "agency", "foundation", "institute",
        "university", "association", "council", "society", "center", "centre", "club", "official", "tv", "radio",
    };

    /// <summary>
    /// Whether <paramref name="name"/> is shaped like a person's name: two to four capitalised words of letters
    /// (initials, hyphens and apostrophes allowed), none of them a word that names an organisation.
    /// </summary>
    public static bool LooksLikePersonName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words.All(word =>
            char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '.' or '-' or '\'' or '\u2019')
            && !s_organisationWords.Contains(word.TrimEnd('.')));
    }

    /// <summary>Letters and digits only, lower case: "The Times" and "thetimes.com" -> "thetimes", "thetimescom".</summary>
    public static string Key(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
