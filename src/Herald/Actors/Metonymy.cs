using Herald.Documents;

namespace Herald.Actors;

/// <summary>
/// Whether a place name stands for those who govern it, read from the dependency parse: the place is the subject of
/// a verb or a predicate adjective ("Moscow denies ...", "Washington said", "Moscow is ready"), the possessor of a noun ("Moscow's response") or a modifier of a
/// role word ("Moscow officials"). "in Moscow" and "a meeting in Moscow" are places.
/// </summary>
internal static class Metonymy
{
    public static bool IsAgent(Document document, Mention mention, ActorDictionary dictionary)
    {
        if ((document.Layers & Layers.Dependencies) == 0)
            return false;
        var head = HeadOf(document, mention);
        var token = document.Token(head);
        var governor = token.Head;
        if (governor < 0)
            return false;
        return token.Deprel switch
        {
            "nsubj" => document.Token(governor).Upos is "VERB" or "ADJ",
            "nmod:poss" => !IsInsidePlace(document, governor),
            "compound" => dictionary.Agents.Match(document, governor, governor + 1, out _) > 0,
            _ => false,
        };
    }

    // The token of the mention whose head lies outside it.
    private static int HeadOf(Document document, Mention mention)
    {
        for (var t = mention.TokenStart; t < mention.TokenEnd; t++)
        {
            var head = document.Token(t).Head;
            if (head < mention.TokenStart || head >= mention.TokenEnd)
                return t;
        }
        return mention.TokenEnd - 1;
    }

    // "Moscow's Red Square": a possessed place name is a part of the place, not of its government.
    private static bool IsInsidePlace(Document document, int possessed) => document.Token(possessed).Upos is "PROPN";
}
