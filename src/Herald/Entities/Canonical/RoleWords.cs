using System.Collections.Frozen;

namespace Herald.Entities.Canonical;

/// <summary>The word tables for titles and roles said with a person's name.</summary>
internal static class RoleWords
{
    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end a title: "President", "aide", "adviser".</summary>
    public static readonly FrozenSet<string> Heads = Set(
        "president", "president-elect", "vice-president", "senator", "sen.", "aide", "adviser", "advisor", "minister", "secretary",
        "spokesman", "spokeswoman", "spokesperson", "chancellor", "leader", "chief", "director", "ambassador", "envoy",
        "general", "gen.", "governor", "gov.", "mayor", "official", "premier", "king", "queen", "prince", "princess",
        "pope", "judge", "justice", "representative", "rep.", "congressman", "congresswoman", "chairman", "chairwoman",
        "chair", "ceo", "executive", "commander", "colonel", "col.", "lieutenant", "lt.", "captain", "capt.", "sergeant",
        "sgt.", "officer", "prosecutor", "attorney", "lawyer", "analyst", "economist", "professor", "prof.", "dr.", "dr",
        "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sir", "dame", "lord", "lady", "candidate", "nominee", "founder", "head",
        "coach", "manager", "correspondent", "counterpart", "speaker", "deputy", "dictator", "emir", "sheikh", "ayatollah",
        "cardinal", "archbishop", "bishop", "rabbi", "imam", "father", "reverend", "rev.", "admiral", "adm.", "marshal",
        "spy", "negotiator", "strongman", "opponent", "rival", "ally", "critic");

    /// <summary>Words that end a role phrase when walking left: function words and reporting verbs.</summary>
    public static readonly FrozenSet<string> Stops = Set(
        "the", "a", "an", "and", "or", "but", "nor", "of", "to", "with", "by", "for", "in", "on", "at", "from", "as", "that",
        "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "said", "says", "say", "told", "tells",
        "according", "about", "after", "before", "between", "since", "while", "when", "who", "whom", "which", "whose",
        "than", "then", "also", "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "could",
        "met", "meets", "meet", "asked", "added", "called", "named", "not", "if", "because", "under", "over", "into",
        "during", "through", "against", "without", "within", "where", "how", "why", "what", "both", "all", "some");

    /// <summary>Lowercase particles inside names ("Ludwig van Beethoven"), never a title.</summary>
    public static readonly FrozenSet<string> NameParticles = Set(
        "van", "von", "de", "da", "di", "del", "della", "der", "den", "du", "la", "le", "bin", "ibn", "al", "el", "dos", "das", "ter", "y");

    /// <summary>Tags that end a role phrase when the tagger has run.</summary>
    public static readonly FrozenSet<string> StopTags = Set("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "ADV", "NUM", "PUNCT", "SYM", "INTJ");
}
