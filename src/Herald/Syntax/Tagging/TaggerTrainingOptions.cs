namespace Herald.Syntax.Tagging;

/// <summary>Settings for <see cref="TaggerTrainer"/>.</summary>
public sealed record TaggerTrainingOptions
{
    /// <summary>Passes over the training data.</summary>
    public int Iterations { get; init; } = 10;

    /// <summary>Seed for the order of sentences in each pass.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>A (UPOS, XPOS) pair becomes a class when seen this often; rarer pairs map to the nearest class.</summary>
    public int MinPairCount { get; init; } = 10;

    /// <summary>A word goes into the tag dictionary when seen this often...</summary>
    public int DictionaryMinCount { get; init; } = 20;

    /// <summary>...with one class at least this share of the time.</summary>
    public double DictionaryMinShare { get; init; } = 0.97;

    /// <summary>A word gets an ambiguity class (the set of classes it had) when seen this often.</summary>
    public int AmbiguityMinCount { get; init; } = 3;

    /// <summary>Train a second pass that also sees the first pass's tags of the next two words.</summary>
    public bool TwoPass { get; init; } = true;
}
