using Herald.Documents;
using Herald.Syntax.Tagging;

namespace Herald.Entities.Recognition;

/// <summary>
/// Where a model mention really ends. The greedy decoder now and then runs on past the name: over a comma into the
/// sentence ("Paul Ryan, at a private dinner") or over a possessive into the noun it governs ("Mitt Romney's plan
/// moves", "Islamic State mounting attacks"). A capitalised mention stops before a comma or a possessive that a
/// lowercase word follows and before a lowercase content word, and loses the lowercase words, commas and quotation
/// marks it ends with; names with lowercase words inside ("Bank of England", "Defense of Marriage Act") keep them. A
/// person's mention that stops at a hyphen inside a name takes the rest of it ("Kim Jong-un").
/// </summary>
internal static class MentionEdges
{
    private static readonly int s_properNoun = UniversalTags.IdOf("PROPN");

    // Lowercase words of these kinds are never inside a name ("Islamic State mounting attacks against ..."); the
    // lowercase words names do hold are function words ("of", "for the"), abbreviations ("Roe v. Wade") and
    // particles ("Bashar al-Assad").
    private static readonly HashSet<short> s_contentTags = [.. new[] { "NOUN", "VERB", "AUX", "ADJ", "ADV", "PRON" }.Select(t => (short)UniversalTags.IdOf(t))];

    /// <summary>
    /// The end (exclusive) of the name in the mention over tokens [<paramref name="start"/>, <paramref name="end"/>),
    /// which may reach up to token <paramref name="limit"/> (the sentence's end); <paramref name="person"/> when the
    /// mention is typed PERSON.
    /// </summary>
    public static int End(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, int start, int end, int limit, bool person)
    {
        if (char.IsUpper(Form(text, tokens[start])[0]))
            end = NameEnd(text, tokens, start, end);
        // A person's hyphenated given name, which the tokenizer splits as the treebanks do ("Kim Jong-un", "Moon
        // Jae-in"); not a word that makes the name a modifier ("Trump-led", "Dallas-based").
        while (person && end + 1 < limit && IsHyphenPart(text, tokens, end + 1) && char.IsLetter(Form(text, tokens[end + 1])[0])
            && !s_contentTags.Contains(tokens[end + 1].Upos))
            end += 2;
        return end;
    }

    private static int NameEnd(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, int start, int end)
    {
        for (var t = start + 1; t < end; t++)
        {
            if (Form(text, tokens[t]) is "," or "'s" or "’s" && t + 1 < end && StartsLower(text, tokens[t + 1])
                || IsLowercaseWord(Form(text, tokens[t])) && s_contentTags.Contains(tokens[t].Upos) && !IsHyphenPart(text, tokens, t))
            {
                end = t;
                break;
            }
        }
        while (end - 1 > start && (Form(text, tokens[end - 1]) is "," or "\"" or "“" or "”" or "'s" or "’s"
            || StartsLower(text, tokens[end - 1]) && tokens[end - 1].Upos != s_properNoun && !IsHyphenPart(text, tokens, end - 1)))
            end--;
        return end;
    }

    // All lowercase letters: not an abbreviation ("v."), nor a name with a lowercase particle ("al-Assad").
    private static bool IsLowercaseWord(ReadOnlySpan<char> form)
    {
        foreach (var c in form)
        {
            if (!char.IsLower(c))
                return false;
        }
        return true;
    }

    // The part after a hyphen inside one word ("in" of "Jae-in").
    private static bool IsHyphenPart(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, int t) =>
        t >= 2 && Form(text, tokens[t - 1]) is "-" && Joined(tokens[t - 2], tokens[t - 1]) && Joined(tokens[t - 1], tokens[t]);

    private static bool Joined(in TokenData left, in TokenData right) => left.Start + left.Length == right.Start;

    private static bool StartsLower(ReadOnlySpan<char> text, in TokenData token) => char.IsLower(Form(text, token)[0]);

    private static ReadOnlySpan<char> Form(ReadOnlySpan<char> text, in TokenData token) => text.Slice(token.Start, token.Length);
}
