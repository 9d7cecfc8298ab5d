using System.Globalization;

namespace Herald.Actors;

/// <summary>
/// Writes a dictionary in the PETRARCH format <see cref="PetrarchReader"/> reads: one block per actor entry (its first
/// phrase, '+' synonyms, a tab-indented code line per dated code, dates YYYYMMDD) and one line per agent phrase with
/// empty braces, its plurals being phrases of their own. Reading the output back gives the same phrases and codes.
/// Herald's dictionary written this way becomes a PETRARCH dictionary (its phrases then match in any case).
/// </summary>
public static class PetrarchWriter
{
    /// <summary>Writes the actor entries of <paramref name="dictionary"/>.</summary>
    public static void WriteActors(ActorDictionary dictionary, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var block in dictionary.ActorPhrases.GroupBy(p => p.Entry, ReferenceEqualityComparer.Instance))
        {
            var first = true;
            foreach (var (phrase, _, _) in block)
            {
                writer.WriteLine((first ? "" : "+") + Phrase(phrase));
                first = false;
            }
            foreach (var code in ((ActorEntry)block.Key!).Codes)
                writer.WriteLine($"\t[{code.Code ?? ActorCodes.UnknownCountry}{Restriction(code)}]");
            writer.WriteLine();
        }
    }

    /// <summary>Writes the agent phrases of <paramref name="dictionary"/>.</summary>
    public static void WriteAgents(ActorDictionary dictionary, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var (phrase, agent, _) in dictionary.AgentPhrases)
            writer.WriteLine($"{Phrase(phrase)} {{}} [{(agent.IsPrefix ? agent.Code + "~" : "~" + agent.Code)}]");
    }

    private static string Phrase(string phrase) => string.Join('_', PhraseTrie<string>.Words(phrase));

    private static string Restriction(DatedCode code) => (code.From, code.To) switch
    {
        (null, null) => "",
        (null, { } to) => " <" + Day(to),
        ({ } from, null) => " >" + Day(from),
        ({ } from, { } to) => $" {Day(from)}-{Day(to)}",
    };

    private static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
