namespace Herald.Documents;

// The records of the annotation layers. Each carries its evidence: a char span of Document.Text
// (half-open) and, where it has one, the sentence it came from. The stages that fill them arrive with
// their own issues; until then the lists stay empty and the JSON record shows them as empty arrays.

/// <summary>A stretch of the original input that extraction removed (an appeal, a sign-up, navigation).</summary>
/// <param name="Start">Char offset in the original input.</param>
/// <param name="End">Char offset one past the end in the original input.</param>
/// <param name="Kind">What it is, such as <c>appeal</c> or <c>navigation</c>.</param>
/// <param name="Text">The removed text.</param>
public sealed record Boilerplate(int Start, int End, string Kind, string Text);

/// <summary>
/// One mention of a named thing or a quantity: a half-open token range with a type. Types are
/// <see cref="EntityTypes"/> names. <paramref name="Entity"/> indexes <see cref="Document.Entities"/>, or is -1
/// until mentions are grouped into entities.
/// </summary>
public sealed record Mention(int TokenStart, int TokenEnd, string Type, int Entity)
{
    /// <summary>A title or role said with the mention ("U.S. President", "Kremlin aide"), if any.</summary>
    public string? Role { get; init; }

    /// <summary>Which layer found it: <c>model</c> (the statistical tagger) or <c>rule</c>.</summary>
    public string Source { get; init; } = "model";
}

/// <summary>The mention and entity type names Herald uses.</summary>
public static class EntityTypes
{
    /// <summary>A person.</summary>
    public const string Person = "PERSON";
    /// <summary>An organisation, including governments as institutions ("the Kremlin").</summary>
    public const string Organization = "ORG";
    /// <summary>A place: a country, city, region or geographic feature.</summary>
    public const string Location = "LOC";
    /// <summary>Another name: an event, a work, a law ("World War I").</summary>
    public const string Miscellaneous = "MISC";
    /// <summary>A nationality, religious or political group ("Russian", "Democrats").</summary>
    public const string Norp = "NORP";
    /// <summary>A cardinal number.</summary>
    public const string Number = "NUMBER";
    /// <summary>An ordinal ("first", "11th").</summary>
    public const string Ordinal = "ORDINAL";
    /// <summary>An amount of money ("$2", "1.13bn pounds").</summary>
    public const string Money = "MONEY";
    /// <summary>A percentage ("76%").</summary>
    public const string Percent = "PERCENT";
    /// <summary>A measured quantity ("12 km", "3 tonnes").</summary>
    public const string Quantity = "QUANTITY";
}

/// <summary>One referent with its canonical name and the indices of its mentions.</summary>
public sealed record Entity(string Name, string Type, IReadOnlyList<int> Mentions)
{
    /// <summary>ISO 3166 alpha-3 country code, if known.</summary>
    public string? Country { get; init; }

    /// <summary>CAMEO actor code, if known.</summary>
    public string? ActorCode { get; init; }
}

/// <summary>
/// A time expression resolved to a TIMEX3 value: a char span of <see cref="Document.Text"/>, the sentence, the
/// TIMEX3 type (DATE, TIME, DURATION, SET) and value.
/// </summary>
public sealed record TimeExpression(int Start, int End, int Sentence, string Type, string Value)
{
    /// <summary>The reference date (ISO 8601) the value was resolved against, or null when it needed none or none was known.</summary>
    public string? Reference { get; init; }

    /// <summary>The TIMEX3 <c>mod</c>: START, MID or END for "early", "mid-", "late", or null.</summary>
    public string? Mod { get; init; }
}

/// <summary>A place in the world with the mentions that name it; <paramref name="Country"/> is an ISO 3166 alpha-3 code.</summary>
public sealed record Place(string Name, long? GeoNamesId, string? Country, double? Latitude, double? Longitude, IReadOnlyList<int> Mentions)
{
    /// <summary>The GeoNames feature code (<c>PPLC</c> a capital, <c>PPL</c> a populated place, <c>PCLI</c> a country, <c>ADM1</c> a first-level division, ...), if known.</summary>
    public string? Feature { get; init; }

    /// <summary>Char spans of descriptions that name the place without its name ("the French capital").</summary>
    public IReadOnlyList<(int Start, int End)> Descriptions { get; init; } = [];

    /// <summary>Char spans of the place's name inside other names ("Athens" in "Athens Police Department").</summary>
    public IReadOnlyList<(int Start, int End)> WithinNames { get; init; } = [];

    /// <summary>Char spans of words for the country's people or things ("Russian officials", "Georgians").</summary>
    public IReadOnlyList<(int Start, int End)> Demonyms { get; init; } = [];
}

/// <summary>
/// A half-open token range coded as a CAMEO actor: a person or organisation with its role ("USAGOV"), a country
/// ("RUS"), a dictionary phrase or a metonym ("the Kremlin"). <paramref name="Entity"/> indexes
/// <see cref="Document.Entities"/> when the span is an entity's mention.
/// </summary>
public sealed record ActorMention(int TokenStart, int TokenEnd, string Code, int? Entity)
{
    /// <summary>ISO 3166 alpha-3 code of the actor's country, if any.</summary>
    public string? Country { get; init; }

    /// <summary>The CAMEO role codes after the country (<c>GOV</c>, <c>LEG</c>, <c>SPY</c>, ...), if any.</summary>
    public string? Role { get; init; }

    /// <summary>What coded it: <c>dictionary</c>, <c>title</c>, <c>country</c>, <c>metonymy</c>, ...</summary>
    public string Source { get; init; } = "dictionary";
}

/// <summary>
/// A quote or reported statement with its cue and speaker: char spans of the content (from the first part's start
/// to the last part's end) and of the cue ("said", "according to"; -1 with none), the sentence of the cue (or of the
/// quote), the speaker's index in <see cref="Document.Entities"/>, and whether it is a direct quote.
/// </summary>
public sealed record Quote(int ContentStart, int ContentEnd, int CueStart, int CueEnd, int Sentence, int? SpeakerEntity, bool Direct)
{
    /// <summary>Char span of the source as the text names it ("he", "officials", "Kremlin aide Yuri Ushakov"); -1 with none.</summary>
    public int SourceStart { get; init; } = -1;

    /// <summary>End of the source's char span; -1 with none.</summary>
    public int SourceEnd { get; init; } = -1;

    /// <summary>The source's text, if any.</summary>
    public string? Source { get; init; }

    /// <summary>Whether the source was resolved to an entity; false for vague sources such as "officials".</summary>
    public bool Resolved { get; init; }

    /// <summary>The char spans of a quote split around its attribution ("A," Trump said. "B."); null when it is one piece.</summary>
    public IReadOnlyList<(int Start, int End)>? Parts { get; init; }
}

/// <summary>
/// A CAMEO-coded event: the source and target actor codes, the event code, the sentence and the char span of the
/// evidence (from the first to the last of source, trigger and target).
/// </summary>
public sealed record Event(string? SourceActor, string Code, string? TargetActor, int Sentence, int EvidenceStart, int EvidenceEnd)
{
    /// <summary>The source actor's index in <see cref="Document.Entities"/>, if it is an entity.</summary>
    public int? SourceEntity { get; init; }

    /// <summary>The target actor's index in <see cref="Document.Entities"/>, if it is an entity.</summary>
    public int? TargetEntity { get; init; }

    /// <summary>The CAMEO label of <see cref="Code"/> ("Make a visit").</summary>
    public string Label { get; init; } = "";

    /// <summary>The CAMEO root code, the first two digits of <see cref="Code"/>.</summary>
    public string Root => Code.Length >= 2 ? Code[..2] : Code;

    /// <summary>The quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public int QuadClass { get; init; }

    /// <summary>The Goldstein score of <see cref="Code"/>, from -10 (most conflictual) to 10.</summary>
    public double Goldstein { get; init; }

    /// <summary>The char span of the word that triggered the event ("met", "talks").</summary>
    public (int Start, int End) Trigger { get; init; }

    /// <summary>Index of the place in <see cref="Document.Places"/>, if any.</summary>
    public int? Place { get; init; }

    /// <summary>The TIMEX3 date value, if any.</summary>
    public string? Date { get; init; }

    /// <summary>asserted, planned, hypothetical, reported or negated.</summary>
    public string Modality { get; init; } = "asserted";

    /// <summary>How sure the coder is, in [0, 1].</summary>
    public double Confidence { get; init; }
}

/// <summary>
/// Document tone in GDELT's terms, as percentages of the document's <paramref name="WordCount"/> words:
/// <paramref name="Score"/> is <paramref name="Positive"/> minus <paramref name="Negative"/> (the percentages of
/// words that carry positive and negative sentiment in context), <paramref name="Polarity"/> the percentage that
/// carry any, <paramref name="ActivityDensity"/> the percentage of content verbs and
/// <paramref name="SelfGroupDensity"/> the percentage of personal and possessive pronouns.
/// </summary>
public sealed record Tone(double Score, double Positive, double Negative, double Polarity, double ActivityDensity, double SelfGroupDensity, int WordCount)
{
    /// <summary>The tone of each sentence, in order.</summary>
    public IReadOnlyList<SentenceTone> Sentences { get; init; } = [];

    /// <summary>The tone of each entity mentioned, in the order of <see cref="Document.Entities"/>.</summary>
    public IReadOnlyList<EntityTone> Entities { get; init; } = [];
}

/// <summary>
/// The tone of one sentence: <paramref name="Score"/> in (-1, 1), from its sentiment words after negation,
/// intensifiers and contrast, and how many of its words are positive and negative in context. A struct: a long
/// document has thousands.
/// </summary>
public readonly record struct SentenceTone(int Sentence, double Score, int Positive, int Negative);

/// <summary>The tone around one entity: the mean score of the <paramref name="Sentences"/> sentences that mention it.</summary>
public sealed record EntityTone(int Entity, double Score, int Sentences);
