using Herald.Documents;
using Herald.Entities.Lexicons;

namespace Herald.Entities.Rules;

/// <summary>
/// Finds NORP mentions: nationalities ("Russian", "Finns"), religious and political groups ("Muslims",
/// "Democrats"), from the demonym lexicon. Never where a model mention already stands, and never as the
/// first word of a party's name ("Democratic Party"), which is an organisation.
/// </summary>
internal static class NorpRule
{
    public static void Find(RuleContext context, DemonymLexicon lexicon, List<Mention> found)
    {
        var i = 0;
        while (i < context.Count)
        {
            var end = MatchAt(context, lexicon, i);
            if (end > i)
            {
                found.Add(new Mention(i, end, EntityTypes.Norp, -1) { Source = EntityRulesStage.RuleSource });
                i = end;
            }
            else
                i++;
        }
    }

    // The end of the longest NORP form starting at token i, or i.
    private static int MatchAt(RuleContext context, DemonymLexicon lexicon, int i)
    {
        var first = context.Chars(i);
        if (first.Length < 2 || !char.IsUpper(first[0]) || IsAllCaps(first))
            return i;
        var sentence = context.Sentence(i);
        for (var words = Math.Min(lexicon.MaxWords, context.Count - i); words >= 1; words--)
        {
            var end = i + words;
            if (!context.InSentence(end - 1, sentence))
                continue;
            var form = words == 1 ? context.Text(i) : context.Document.Text[context.Document.TokenRecords[i].Start..context.Document.TokenRecords[end - 1].End];
            if (!lexicon.TryGet(form, out var entry) || entry.NamesCountry)
                continue;
            if (context.Overlaps(i, end) || context.Is(end, sentence, "Party") || context.Is(end, sentence, "Parties"))
                return i;
            return end;
        }
        return i;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            if (char.IsLower(c))
                return false;
        }
        return true;
    }
}
