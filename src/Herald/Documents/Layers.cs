namespace Herald.Documents;

/// <summary>The layers of annotation a stage can require or assign.</summary>
[Flags]
public enum Layers
{
    /// <summary>No layer.</summary>
    None = 0,
    /// <summary>Token boundaries.</summary>
    Tokens = 1 << 0,
    /// <summary>Sentence boundaries over the tokens.</summary>
    Sentences = 1 << 1,
    /// <summary>Part-of-speech tags and lemmas.</summary>
    Tags = 1 << 2,
    /// <summary>Named-entity mentions and canonical entities.</summary>
    Entities = 1 << 3,
    /// <summary>Dependency heads and relations.</summary>
    Dependencies = 1 << 4,
    /// <summary>Time expressions resolved to the calendar.</summary>
    Times = 1 << 5,
    /// <summary>Places in the world.</summary>
    Places = 1 << 6,
    /// <summary>Quotes with their speakers.</summary>
    Quotes = 1 << 7,
    /// <summary>CAMEO-coded events.</summary>
    Events = 1 << 8,
    /// <summary>Document, sentence and entity tone.</summary>
    Tone = 1 << 9,
    /// <summary>CAMEO actor codes on spans of text.</summary>
    Actors = 1 << 10,
}
