using Herald.Documents;
using Herald.Entities.Canonical;

namespace Herald.Actors;

/// <summary>
/// Joins agents to the actors next to them: "Gondor's army", "Arnorian police", "U.S. intelligence agencies"
/// (actor, an optional possessive, then suffix agents), "MSF Arnor" (a prefix agent before the actor), "activists
/// in Arnor" and "President of Russia" (agent, "in", "of" or "from", an optional "the", then the actor). An agent
/// with no actor takes the country given for it (a person's, from "Trump's adviser") or none ("---GOV").
/// "former" right before such a span, or between an actor and its suffix agent, makes it an elite of the actor: the
/// actor's own code with <c>ELI</c>. A title after a possessive takes the name that follows it into its span
/// ("Ithilen's minister Calimehtar" is Ithilen's government, whatever the dictionary codes Calimehtar).
/// </summary>
internal static class SpanCombiner
{
    public static List<ActorSpan> Combine(Document document, List<ActorSpan> spans, Func<int, string?> possessorCountry)
    {
        var combined = new List<ActorSpan>(spans.Count);
        var i = 0;
        while (i < spans.Count)
        {
            var span = spans[i];
            var next = i + 1 < spans.Count ? spans[i + 1] : default;
            var hasNext = i + 1 < spans.Count;
            if (!span.IsAgent)
            {
                if (span.Code is null)
                {
                    i++;
                    continue;
                }
                var (code, end, used) = span.TakesAgents ? SuffixAgents(document, spans, i + 1, span.Code, span.End) : (span.Code, span.End, 0);
                if (used > 0 && i + 1 + used < spans.Count && IsNameAt(document, spans[i + 1 + used], end))
                    end = spans[i + 1 + used++].End;
                combined.Add(used == 0 ? span : Former(document, ActorSpan.ForActor(span.Start, end, code, "agent"), span.Code));
                i += 1 + used;
                continue;
            }
            var agent = span.Agent!;
            if (agent.IsPrefix && hasNext && IsActorFor(next) && next.Start == span.End)
            {
                var (code, end, used) = SuffixAgents(document, spans, i + 2, ActorCodes.Combine(next.Code!, agent.Code, true), next.End);
                combined.Add(Former(document, ActorSpan.ForActor(span.Start, end, code, "agent"), next.Code!));
                i += 2 + used;
            }
            else if (!agent.IsPrefix && hasNext && IsActorFor(next) && IsLinkBetween(document, span.End, next.Start))
            {
                combined.Add(Former(document, ActorSpan.ForActor(span.Start, next.End, ActorCodes.Combine(next.Code!, agent.Code, false), "agent"), next.Code!));
                i += 2;
            }
            else
            {
                var country = possessorCountry(span.Start) ?? ActorCodes.UnknownCountry;
                var code = agent.IsPrefix ? agent.Code : ActorCodes.Combine(country, agent.Code, false);
                combined.Add(Former(document, ActorSpan.ForActor(span.Start, span.End, code, "agent"), agent.IsPrefix ? agent.Code : country));
                i++;
            }
        }
        return combined;
    }

    private static bool IsActorFor(ActorSpan span) => !span.IsAgent && span.Code is not null && span.TakesAgents;

    // The suffix agents that follow an actor ending at 'end': right after it, or after a possessive and the words
    // that qualify a title ("Dagolath's first Deputy Prime Minister", "Ithilen's awful and evil minister"), or
    // after "former" ("Arnor former security officials": an elite). The code, the new end and how many were used.
    private static (string Code, int End, int Used) SuffixAgents(Document document, List<ActorSpan> spans, int from, string code, int end)
    {
        var used = 0;
        var actorCode = code;
        var former = false;
        for (var j = from; j < spans.Count && spans[j] is { IsAgent: true, Agent.IsPrefix: false } agent && IsTitleGap(document, end, agent.Start, ref former); j++)
        {
            code = ActorCodes.Combine(code, agent.Agent!.Code, false);
            end = agent.End;
            used++;
        }
        return (former && used > 0 ? ActorCodes.Combine(actorCode, ActorCodes.Elite, false) : code, end, used);
    }

    // Whether tokens [from, to) may stand between an actor and its title: nothing; or an optional possessive, then
    // adjectives and adverbs (joined by "and" or "or"), nouns compounded into the title ("Deputy") and "former".
    private static bool IsTitleGap(Document document, int from, int to, ref bool former)
    {
        var t = from;
        if (t < to && CanonicalEntitiesStage.IsPossessive(document.Token(t).Text))
            t++;
        for (; t < to; t++)
        {
            var token = document.Token(t);
            if (IsFormer(token.Chars))
                former = true;
            else if (!(token.Upos is "ADJ" or "ADV"
                || token.Upos == "CCONJ" && t > from && document.Token(t - 1).Upos == "ADJ"
                || token.Upos is "NOUN" or "PROPN" && token.Deprel == "compound"))
                return false;
        }
        return true;
    }

    // The name right after a title ("... minister Calimehtar"): an actor phrase that opens with a proper noun at 'end'.
    private static bool IsNameAt(Document document, ActorSpan span, int end) =>
        !span.IsAgent && span.Start == end && document.Token(span.Start).Upos == "PROPN";

    // "of", "in" or "from", with an optional "the", and nothing else between an agent and its actor.
    private static bool IsLinkBetween(Document document, int end, int start)
    {
        var gap = start - end;
        if (gap is < 1 or > 2 || document.Token(end).Chars is not ("of" or "in" or "from"))
            return false;
        return gap == 1 || document.Token(end + 1).Chars.Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    // "former" or "ex" right before a span makes it an elite of its actor ("former officials in the White House":
    // USAGOVELI; "former Gondor prosecutors": GONELI).
    private static ActorSpan Former(Document document, ActorSpan span, string actorCode) =>
        span.Start > 0 && IsFormer(document.Token(span.Start - 1).Chars)
            ? span with { Code = ActorCodes.Combine(actorCode, ActorCodes.Elite, false) }
            : span;

    private static bool IsFormer(ReadOnlySpan<char> word) =>
        word.Equals("former", StringComparison.OrdinalIgnoreCase) || word.Equals("ex", StringComparison.OrdinalIgnoreCase);
}
