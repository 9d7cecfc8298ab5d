using System.Collections.Frozen;

namespace Herald.Quotes;

/// <summary>
/// The verbs that introduce what someone said, wrote or holds (by lemma), in named groups. Speech verbs take
/// direct quotes; all of them take reported speech in a clause ("said that ...", "believes the deal ...").
/// </summary>
internal static class CueWords
{
    /// <summary>Verbs of saying and writing, and the public acts of stance news attributes like words ("endorse", "reject", "vote").</summary>
    public static readonly FrozenSet<string> Speech = Set(
        "say", "tell", "add", "warn", "deny", "claim", "insist", "announce", "argue", "explain", "note", "write",
        "tweet", "post", "report", "suggest", "ask", "state", "declare", "acknowledge", "admit", "reply", "respond",
        "answer", "predict", "promise", "confirm", "vow", "pledge", "threaten", "testify", "recall", "complain",
        "concede", "contend", "maintain", "assert", "stress", "emphasize", "emphasise", "reiterate", "repeat",
        "remark", "comment", "observe", "continue", "caution", "urge", "demand", "allege", "boast", "joke",
        "quip", "shout", "yell", "scream", "whisper", "mutter", "cry", "exclaim", "lament", "proclaim", "mention",
        "disclose", "reveal", "inform", "assure", "advise", "counter", "retort", "charge", "accuse", "blame",
        "criticize", "criticise", "describe", "call", "dismiss", "praise", "question", "wonder", "concur", "agree",
        "estimate", "forecast", "speculate", "indicate", "signal", "hint", "imply", "point", "conclude",
        "tout", "brag", "plead", "beg", "preach", "affirm", "attest", "insinuate", "muse", "opine", "publish",
        "underline", "underscore", "highlight", "defend", "denounce", "condemn", "propose", "cite", "recount",
        "recite", "express", "name", "sue", "rule", "applaud", "slam", "blast", "attack", "mock", "ridicule",
        "confess", "grouse", "gripe", "bark", "snap", "scoff", "gush", "rail", "fume", "sigh", "chant", "email", "text",
        "thank", "ponder", "interject", "chime", "marvel", "recollect", "summarize", "summarise", "talk",
        "discuss", "refer", "reject", "endorse", "offer", "challenge", "echo", "advocate", "encourage", "request",
        "portray", "voice", "compare", "debate", "remind", "push", "vote", "view", "share", "welcome", "decry",
        "deplore", "bemoan", "lambaste", "assail", "rebuke", "scold", "chide", "laud", "hail", "reaffirm", "clarify",
        "recommend", "dispute", "refute", "rebut", "contradict", "grumble", "vent");

    /// <summary>Verbs of thinking, believing and wanting, which attribute a view rather than words.</summary>
    public static readonly FrozenSet<string> Belief = Set(
        "think", "believe", "know", "expect", "hope", "fear", "feel", "worry", "doubt", "suspect", "assume",
        "guess", "figure", "reckon", "consider", "understand", "realize", "realise", "recognize", "recognise",
        "want", "wish", "prefer", "support", "oppose", "endorse", "see", "find", "show", "suggest", "contend",
        "insist", "decide", "plan", "intend", "seek", "refuse", "decline", "seem", "appear", "back", "favor",
        "favour", "like", "love", "hate", "dislike", "prefer", "envision", "imagine", "predict", "look", "learn");

    /// <summary>Nouns that carry what was said: "in a statement", "in an interview".</summary>
    public static readonly FrozenSet<string> Nouns = Set(
        "statement", "interview", "remark", "remarks", "comment", "comments", "speech", "tweet", "post",
        "letter", "testimony", "release", "briefing", "conference", "email", "memo", "op-ed", "column");

    /// <summary>Whether <paramref name="lemma"/> is a cue verb.</summary>
    public static bool IsCue(string? lemma) => lemma is not null && (Speech.Contains(lemma) || Belief.Contains(lemma));

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
