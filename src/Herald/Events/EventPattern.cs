namespace Herald.Events;

/// <summary>Whether a pattern's trigger is a verb ("attacked") or a noun ("talks with", "sanctions on").</summary>
public enum TriggerKind
{
    /// <summary>A verb, the clause's predicate.</summary>
    Verb,
    /// <summary>A noun that names the event.</summary>
    Noun,
}

/// <summary>
/// One way an event is said: a trigger lemma with an optional particle ("pull out"), the roles that hold the target
/// (<c>obj</c> for the direct object, or prepositions such as <c>with</c>), and conditions on the words around it.
/// Patterns come from Herald's own lexicon (<see cref="EventLexicon"/>) or from a PETRARCH verb dictionary
/// (<see cref="PetrarchVerbDictionary"/>).
/// </summary>
public sealed record EventPattern(string Code, TriggerKind Kind, string Lemma)
{
    /// <summary>The particle that must follow the verb ("out" in "pull out"), if any.</summary>
    public string? Particle { get; init; }

    /// <summary>Where the target is: <c>obj</c> and/or prepositions (lower case); empty for an event without a target.</summary>
    public IReadOnlySet<string> TargetRoles { get; init; } = new HashSet<string>();

    /// <summary>
    /// The code of the same event seen from the target (PETRARCH's <c>[032:033]</c>: X visits Y, Y hosts X), or null:
    /// source → target also gives target → source with this code, and joined actors without a target act on each other.
    /// </summary>
    public string? ReverseCode { get; init; }

    /// <summary>Whether the code reads the same both ways (meet, talk, cooperate): joined actors give both directions.</summary>
    public bool Symmetric { get; init; }

    /// <summary>Whether the event is coded only with a target ("received the delegation", not "received 40 tonnes").</summary>
    public bool NeedsTarget { get; init; }

    /// <summary>Words (lower case) of which one must occur in the trigger's clause ("describe ... as disgraceful"); null for none.</summary>
    public IReadOnlySet<string>? Cues { get; init; }

    /// <summary>Lemmas of what the verb acts on (object, passive subject, or the noun its participle modifies) that make the pattern not fit ("meet the deadline" is no meeting); null for none.</summary>
    public IReadOnlySet<string>? ObjectExceptions { get; init; }

    /// <summary>What must follow the trigger in its sentence, in order, with gaps allowed between elements.</summary>
    public IReadOnlyList<PatternElement> After { get; init; } = [];

    /// <summary>What must precede the trigger in its sentence, in order, with gaps allowed between elements.</summary>
    public IReadOnlyList<PatternElement> Before { get; init; } = [];

    /// <summary>How many conditions the pattern sets: the more specific pattern wins when several fit.</summary>
    public int Specificity => (Particle is null ? 0 : 2) + (Cues is null ? 0 : 2) + After.Sum(e => e.Weight) + Before.Sum(e => e.Weight);

    /// <summary>
    /// Whether the pattern's own words hold a negation or a modal ("did not", "would"): its code already reads what
    /// would make the event negated or hypothetical.
    /// </summary>
    public bool SpellsModality => Before.Concat(After).Any(e => e.Phrases.Any(p => p.Any(w => s_modalWords.Contains(w))));

    private static readonly HashSet<string> s_modalWords = new(StringComparer.Ordinal)
    {
        "not", "n't", "never", "no", "would", "should", "could", "might", "may", "can", "ca",
    };
}
