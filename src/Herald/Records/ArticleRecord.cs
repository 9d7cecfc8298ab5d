namespace Herald.Records;

// The JSON record, schema "herald/1". docs/schema.md documents every field; change both together and
// bump the schema version on any change that is not a pure addition.

/// <summary>One analysed article as it is written out.</summary>
public sealed class ArticleRecord
{
    /// <summary>The current schema version.</summary>
    public const string CurrentSchema = "herald/1";

    /// <summary>The schema version of this record.</summary>
    public string Schema { get; init; } = CurrentSchema;

    /// <summary>The article's id: the source's own, else derived from its origin.</summary>
    public required string Id { get; init; }

    /// <summary>Where the article was read from.</summary>
    public required OriginRecord Origin { get; init; }

    /// <summary>The article's text and metadata.</summary>
    public required ArticleBody Article { get; init; }

    /// <summary>The sentences in order.</summary>
    public required IReadOnlyList<SentenceRecord> Sentences { get; init; }

    /// <summary>The tokens, when requested.</summary>
    public IReadOnlyList<TokenRecord>? Tokens { get; init; }

    /// <summary>Named-entity mentions.</summary>
    public required IReadOnlyList<MentionRecord> Mentions { get; init; }

    /// <summary>Canonical entities.</summary>
    public required IReadOnlyList<EntityRecord> Entities { get; init; }

    /// <summary>Time expressions.</summary>
    public required IReadOnlyList<TimeRecord> Times { get; init; }

    /// <summary>Places.</summary>
    public required IReadOnlyList<PlaceRecord> Places { get; init; }

    /// <summary>Spans coded as CAMEO actors, in text order.</summary>
    public required IReadOnlyList<ActorRecord> Actors { get; init; }

    /// <summary>Quotes.</summary>
    public required IReadOnlyList<QuoteRecord> Quotes { get; init; }

    /// <summary>Events.</summary>
    public required IReadOnlyList<EventRecord> Events { get; init; }

    /// <summary>Document tone, or null when not analysed.</summary>
    public ToneRecord? Tone { get; init; }

    /// <summary>The layers that were analysed, so that an empty list can be told from a layer not run.</summary>
    public required IReadOnlyList<string> Layers { get; init; }

    /// <summary>Problems met that did not stop the article.</summary>
    public required IReadOnlyList<ProblemRecord> Warnings { get; init; }
}

/// <summary>Where a record came from.</summary>
public sealed record OriginRecord(string Input, long? Line);

/// <summary>The article's clean text and metadata.</summary>
public sealed class ArticleBody
{
    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>The authors.</summary>
    public required IReadOnlyList<string> Authors { get; init; }

    /// <summary>Publication time, ISO 8601.</summary>
    public string? Published { get; init; }

    /// <summary>Last modification time, ISO 8601, when the page gives one.</summary>
    public string? Modified { get; init; }

    /// <summary>The URL.</summary>
    public string? Url { get; init; }

    /// <summary>The publisher.</summary>
    public string? Source { get; init; }

    /// <summary>BCP 47 language tag.</summary>
    public string? Language { get; init; }

    /// <summary>The lead image's URL.</summary>
    public string? Image { get; init; }

    /// <summary>The clean text every offset points into.</summary>
    public required string Text { get; init; }

    /// <summary>What extraction removed.</summary>
    public required IReadOnlyList<BoilerplateRecord> Boilerplate { get; init; }
}

/// <summary>One sentence: char span, token span and text, and its tone once the tone layer has run.</summary>
public sealed record SentenceRecord(int Index, int Start, int End, int TokenStart, int TokenEnd, string Text)
{
    /// <summary>The sentence's tone score in (-1, 1), or null when tone was not analysed.</summary>
    public double? Tone { get; init; }
}

/// <summary>One token, with its tags and lemma once the tagger has run, and its head and relation once parsed.</summary>
public sealed record TokenRecord(int Index, int Start, int End, string Text, int Sentence, string? Upos, string? Xpos, string? Lemma, int? Head, string? Deprel);

/// <summary>Removed boilerplate, offsets into the original input.</summary>
public sealed record BoilerplateRecord(int Start, int End, string Kind, string Text);

/// <summary>A named-entity mention, with the title or role said with it and the layer that found it.</summary>
public sealed record MentionRecord(int Start, int End, int TokenStart, int TokenEnd, string Type, int Entity, string Text)
{
    /// <summary>The title or role said with the mention ("U.S. President"), or null.</summary>
    public string? Role { get; init; }

    /// <summary>Which layer found it: <c>model</c> or <c>rule</c>.</summary>
    public string Source { get; init; } = "model";
}

/// <summary>A canonical entity.</summary>
public sealed record EntityRecord(int Index, string Name, string Type, string? Country, string? ActorCode, IReadOnlyList<int> Mentions);

/// <summary>A time expression: char span, sentence, TIMEX3 type and value, and the text.</summary>
public sealed record TimeRecord(int Start, int End, int Sentence, string Type, string Value, string Text)
{
    /// <summary>The reference date (ISO 8601) the value was resolved against, or null when it needed none or none was known.</summary>
    public string? Reference { get; init; }

    /// <summary>The TIMEX3 mod (START, MID, END), or null.</summary>
    public string? Mod { get; init; }
}

/// <summary>A place.</summary>
public sealed record PlaceRecord(string Name, long? GeonamesId, string? Country, double? Lat, double? Lon, IReadOnlyList<int> Mentions)
{
    /// <summary>The GeoNames feature code, if known.</summary>
    public string? Feature { get; init; }

    /// <summary>Descriptions that name the place without its name ("the French capital"), as [start, end] char spans.</summary>
    public IReadOnlyList<int[]> Descriptions { get; init; } = [];

    /// <summary>The place's name inside other names ("Athens" in "Athens Police Department"), as [start, end] char spans.</summary>
    public IReadOnlyList<int[]> WithinNames { get; init; } = [];

    /// <summary>Words for the country's people or things ("Russian officials"), as [start, end] char spans.</summary>
    public IReadOnlyList<int[]> Demonyms { get; init; } = [];
}

/// <summary>A span coded as a CAMEO actor: char and token spans, the text, the code and its country and role parts, the entity (when the span is one of its mentions) and what coded it.</summary>
public sealed record ActorRecord(int Start, int End, int TokenStart, int TokenEnd, string Text, string Code, string? Country, string? Role, int? Entity, string Source);

/// <summary>A quote: content, cue and source spans, the speaker entity (null when unresolved) and the source as written.</summary>
public sealed record QuoteRecord(int ContentStart, int ContentEnd, int CueStart, int CueEnd, int Sentence, int? Speaker, string Kind, string Content)
{
    /// <summary>The cue's text ("said", "according to"), if any.</summary>
    public string? Cue { get; init; }

    /// <summary>The source as written ("he", "officials"), if any.</summary>
    public string? Source { get; init; }

    /// <summary>Char span of the source; null with none.</summary>
    public int? SourceStart { get; init; }

    /// <summary>End of the source's char span; null with none.</summary>
    public int? SourceEnd { get; init; }

    /// <summary>The speaker's canonical name, when resolved.</summary>
    public string? SpeakerName { get; init; }

    /// <summary>The parts of a quote split around its attribution, as [start, end] pairs; null when it is one piece.</summary>
    public IReadOnlyList<int[]>? Parts { get; init; }
}

/// <summary>An event.</summary>
public sealed record EventRecord(string? Source, string Code, string? Target, int? Place, string? Date, string Modality, double Confidence, int Sentence, int EvidenceStart, int EvidenceEnd)
{
    /// <summary>The source actor's index in <c>entities</c>, if it is an entity.</summary>
    public int? SourceEntity { get; init; }

    /// <summary>The target actor's index in <c>entities</c>, if it is an entity.</summary>
    public int? TargetEntity { get; init; }

    /// <summary>The CAMEO label of the code.</summary>
    public string Label { get; init; } = "";

    /// <summary>The CAMEO root code.</summary>
    public string Root { get; init; } = "";

    /// <summary>The quad class, 1 to 4.</summary>
    public int QuadClass { get; init; }

    /// <summary>The Goldstein score.</summary>
    public double Goldstein { get; init; }

    /// <summary>The trigger word's char span as [start, end].</summary>
    public int[] Trigger { get; init; } = [];

    /// <summary>The evidence text.</summary>
    public string Evidence { get; init; } = "";

    /// <summary>The PLOVER event type, mode and context, when the record was asked for the PLOVER ontology.</summary>
    public PloverRecord? Plover { get; init; }
}

/// <summary>A PLOVER event type with its mode and context.</summary>
public sealed record PloverRecord(string Event, string Mode, string Context);

/// <summary>Document tone in GDELT's terms (percentages of the words), with the tone around each entity; each sentence's score is on its <see cref="SentenceRecord"/>.</summary>
public sealed record ToneRecord(double Tone, double Positive, double Negative, double Polarity, double ActivityDensity, double SelfGroupDensity, int WordCount)
{
    /// <summary>Each mentioned entity's mean sentence score and the number of sentences it is over.</summary>
    public IReadOnlyList<EntityToneRecord> Entities { get; init; } = [];
}

/// <summary>The tone around one entity: the mean score of the sentences that mention it.</summary>
public sealed record EntityToneRecord(int Entity, string Name, double Score, int Sentences);

/// <summary>A warning or error in a record or a report.</summary>
public sealed record ProblemRecord(string Code, string Input, string Message);
