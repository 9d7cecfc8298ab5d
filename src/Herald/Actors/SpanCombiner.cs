using Herald.Documents;
using Herald.Entities.Canonical;

namespace Herald.Actors;

/// <summary>
/// Joins agents to the actors next to them: "Gondor's army", "Arnorian police", "U.S. intelligence agencies"
/// (actor, an optional possessive, then suffix agents), "MSF Arnor" (a prefix agent before the actor), "activists
/// in Arnor" and "President of Russia" (agent, "in", "of" or "from", an optional "the", then the actor). An agent
/// with no actor takes the country given for it (a person's, from "Trump's adviser") or none ("---GOV").
/// "former" right before such a span makes its role <c>ELI</c>.
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
                combined.Add(used == 0 ? span : Former(document, ActorSpan.ForActor(span.Start, end, code, "agent")));
                i += 1 + used;
                continue;
            }
            var agent = span.Agent!;
            if (agent.IsPrefix && hasNext && IsActorFor(next) && next.Start == span.End)
            {
                var (code, end, used) = SuffixAgents(document, spans, i + 2, ActorCodes.Combine(next.Code!, agent.Code, true), next.End);
                combined.Add(Former(document, ActorSpan.ForActor(span.Start, end, code, "agent")));
                i += 2 + used;
            }
            else if (!agent.IsPrefix && hasNext && IsActorFor(next) && IsLinkBetween(document, span.End, next.Start))
            {
                combined.Add(Former(document, ActorSpan.ForActor(span.Start, next.End, ActorCodes.Combine(next.Code!, agent.Code, false), "agent")));
                i += 2;
            }
            else
            {
                var country = possessorCountry(span.Start) ?? ActorCodes.UnknownCountry;
                var code = agent.IsPrefix ? agent.Code : ActorCodes.Combine(country, agent.Code, false);
                combined.Add(Former(document, ActorSpan.ForActor(span.Start, span.End, code, "agent")));
                i++;
            }
        }
        return combined;
    }

    private static bool IsActorFor(ActorSpan span) => !span.IsAgent && span.Code is not null && span.TakesAgents;

    // The suffix agents that follow an actor ending at 'end', directly or after a possessive: the code, the new end and how many were used.
    private static (string Code, int End, int Used) SuffixAgents(Document document, List<ActorSpan> spans, int from, string code, int end)
    {
        var used = 0;
        for (var j = from; j < spans.Count && spans[j] is { IsAgent: true, Agent.IsPrefix: false } agent; j++)
        {
            var gap = agent.Start - end;
            if (gap != 0 && !(gap == 1 && CanonicalEntitiesStage.IsPossessive(document.Token(end).Text)))
                break;
            code = ActorCodes.Combine(code, agent.Agent!.Code, false);
            end = agent.End;
            used++;
        }
        return (code, end, used);
    }

    // "of", "in" or "from", with an optional "the", and nothing else between an agent and its actor.
    private static bool IsLinkBetween(Document document, int end, int start)
    {
        var gap = start - end;
        if (gap is < 1 or > 2 || document.Token(end).Chars is not ("of" or "in" or "from"))
            return false;
        return gap == 1 || document.Token(end + 1).Chars.Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    private static ActorSpan Former(Document document, ActorSpan span) =>
        span.Start > 0 && document.Token(span.Start - 1).Chars is var before
        && (before.Equals("former", StringComparison.OrdinalIgnoreCase) || before.Equals("ex", StringComparison.OrdinalIgnoreCase))
            ? span with { Code = ActorCodes.WithRole(span.Code!, ActorCodes.Elite) }
            : span;
}
