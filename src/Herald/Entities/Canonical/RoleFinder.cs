using Herald.Documents;

namespace Herald.Entities.Canonical;

/// <summary>
/// Separates titles from person names: trims a title the recogniser put inside a PERSON span ("U.S. President
/// Donald Trump") and finds one said just before the name, contiguous ("Kremlin aide Yuri Ushakov") or as an
/// appositive ("Trump's national security adviser, John Bolton").
/// </summary>
internal static class RoleFinder
{
    private const int MaxRoleWords = 6;

    /// <summary>The mention with any title inside its span moved into <see cref="Mention.Role"/>.</summary>
    public static Mention TrimInside(Document document, Mention mention)
    {
        var last = -1;
        for (var t = mention.TokenStart; t < mention.TokenEnd - 1; t++)
        {
            var text = Text(document, t);
            if (RoleWords.Heads.Contains(text) || (IsLowerWord(text) && !RoleWords.NameParticles.Contains(text)))
                last = t;
        }
        if (last < 0)
            return mention;
        var role = SpanText(document, mention.TokenStart, last + 1);
        return mention with { TokenStart = last + 1, Role = mention.Role ?? role };
    }

    /// <summary>The title said just before the mention, or null.</summary>
    public static string? Before(Document document, Mention mention, bool[] personTokens)
    {
        var start = mention.TokenStart;
        if (start == 0)
            return null;
        var sentence = document.TokenRecords[start].Sentence;
        var head = start - 1;
        if (Text(document, head) == "," && head > 0)
            head--;
        if (document.TokenRecords[head].Sentence != sentence || personTokens[head] || !RoleWords.Heads.Contains(Text(document, head)))
            return null;
        var first = head;
        while (first > 0 && head - first + 1 < MaxRoleWords && IsModifier(document, first - 1, sentence, personTokens))
            first--;
        return SpanText(document, first, head + 1);
    }

    // A word that may stand before a title's head: "national", "security", "U.S.", "Kremlin", "Republican".
    private static bool IsModifier(Document document, int t, int sentence, bool[] personTokens)
    {
        if (document.TokenRecords[t].Sentence != sentence || personTokens[t])
            return false;
        var text = Text(document, t);
        if (RoleWords.Stops.Contains(text) || !char.IsLetter(text[0]))
            return false;
        if (RoleWords.Heads.Contains(text))
            return true;
        return document.Token(t).Upos is not { } upos || !RoleWords.StopTags.Contains(upos);
    }

    private static bool IsLowerWord(string text) => text.Length > 0 && char.IsLower(text[0]);

    private static string Text(Document document, int t) => document.Token(t).Text;

    /// <summary>The text of tokens <c>[start, end)</c> with whitespace runs made single spaces.</summary>
    public static string SpanText(Document document, int start, int end) =>
        string.Join(' ', new Span(document, start, end).Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
