using System.Collections.Frozen;
using Herald.Documents;
using Herald.Entities.Canonical;
using Herald.Syntax.Tagging;

namespace Herald.Entities.Recognition;

/// <summary>
/// People named after an institution's title, which the model tends to swallow into one organisation or place:
/// "U.S. District Court Judge Maria Lopez", "Bank of England Governor Mark Carney". The name after the last title
/// word (<see cref="RoleWords.Heads"/>, or "Secretary of State") becomes the mention, a person; the title stays in
/// the text, where the role finder reads it. Left alone: a name of one word right after a leading title ("General
/// Motors"), unless the title is a form of address ("Mr. Rahami", "Dr. Okafor"), and a name with a company or
/// institution word ("General Electric Co").
/// </summary>
internal static class TitledNames
{
    private const int MaxNameWords = 3;

    private static readonly FrozenSet<string> s_institutionWords = new[]
    {
        "Co", "Co.", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "Plc", "LLC", "Group", "Company", "Motors", "Bank",
        "Party", "Council", "Court", "Committee", "Department", "Ministry", "Agency", "Association", "University",
        "Institute", "Foundation", "Fund", "Union", "Airlines", "Holdings", "Office", "Service", "Commission", "Board",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Forms of address that only ever come before a person's name.
    private static readonly FrozenSet<string> s_honorifics = new[]
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Capt.",
        "Sgt.", "Adm.", "Prof.", "Rev.",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly int s_properNoun = UniversalTags.IdOf("PROPN");

    /// <summary>Where the person's name starts in tokens [<paramref name="start"/>, <paramref name="end"/>), or -1 when the span holds no titled name.</summary>
    public static int NameStart(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, int start, int end)
    {
        var words = 0;
        while (words < MaxNameWords && end - words - 1 > start && IsNameWord(text, tokens[end - words - 1]))
            words++;
        for (; words >= 1; words--)
        {
            var name = end - words;
            var title = TitleBefore(text, tokens, start, name);
            if (title < 0 || (title == start && words == 1 && !IsHonorific(Form(text, tokens[title]))))
                continue;
            return name;
        }
        return -1;
    }

    // The first token of the title that ends right before token `name` ("Judge", "Secretary of State"), or -1.
    private static int TitleBefore(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, int start, int name)
    {
        var before = name - 1;
        if (IsTitle(Form(text, tokens[before])))
            return before;
        // "Secretary of State", "Minister of Finance": a title, "of", one capitalised word.
        return before - 2 >= start && char.IsUpper(Form(text, tokens[before])[0]) && Form(text, tokens[before - 1]) is "of"
            && IsTitle(Form(text, tokens[before - 2])) ? before - 2 : -1;
    }

    private static bool IsHonorific(ReadOnlySpan<char> form) => s_honorifics.GetAlternateLookup<ReadOnlySpan<char>>().Contains(form);

    private static bool IsTitle(ReadOnlySpan<char> form) =>
        form.Length > 1 && char.IsUpper(form[0]) && RoleWords.Heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(form);

    private static bool IsNameWord(ReadOnlySpan<char> text, in TokenData token)
    {
        var form = Form(text, token);
        if (token.Upos != s_properNoun || form.Length < 2 || !char.IsUpper(form[0]) || !char.IsLower(form[^1]))
            return false;
        return !RoleWords.Heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(form)
            && !s_institutionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(form);
    }

    private static ReadOnlySpan<char> Form(ReadOnlySpan<char> text, in TokenData token) => text.Slice(token.Start, token.Length);
}
