using Herald.Documents;

namespace Herald.Actors;

/// <summary>
/// Finds the dictionary's actor and agent phrases in a document, longest first, left to right, within sentences. Once
/// the tagger has run, an agent phrase must end in a noun (or a verb in -s): "general" in "general election" and
/// "press" in "press ahead" are not role words.
/// </summary>
internal static class PhraseMatcher
{
    public static List<ActorSpan> Find(Document document, ActorDictionary dictionary, DateOnly date)
    {
        var spans = new List<ActorSpan>();
        foreach (ref readonly var sentence in document.SentenceRecords)
            Find(document, dictionary, date, sentence.TokenStart, sentence.TokenEnd, spans);
        return spans;
    }

    public static void Find(Document document, ActorDictionary dictionary, DateOnly date, int start, int end, List<ActorSpan> spans)
    {
        var t = start;
        while (t < end)
        {
            var actorLength = dictionary.Actors.Match(document, t, end, out var actor);
            var agentLength = dictionary.Agents.Match(document, t, end, out var agent);
            if (actorLength > 0 && actorLength >= agentLength)
            {
                spans.Add(ActorSpan.ForActor(t, t + actorLength, actor!.CodeOn(date), "dictionary"));
                t += actorLength;
            }
            else if (agentLength > 0 && IsNoun(document, t + agentLength - 1))
            {
                spans.Add(ActorSpan.ForAgent(t, t + agentLength, agent!));
                t += agentLength;
            }
            else
                t++;
        }
    }

    // Untagged, a noun, or a verb in -s, which the tagger also gives plural nouns ("activists" in "rights activists in ...").
    private static bool IsNoun(Document document, int token) =>
        (document.Layers & Layers.Tags) == 0 || document.Token(token).Upos is "NOUN" or "PROPN" || document.Token(token).Xpos is "VBZ";
}
