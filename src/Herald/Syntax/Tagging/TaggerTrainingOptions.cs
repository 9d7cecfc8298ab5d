namespace Herald.Syntax.Tagging;

/// <summary>Settings for <see cref="TaggerTrainer"/>.</summary>
public sealed record TaggerTrainingOptions
{
    /// <summary>Passes over the training data.</summary>
    public int Iterations { get; init; } = 15;

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

    /// <summary>
    /// A word seen this often may only take the classes it had in training; other words may take those and any
    /// open class. On UD English dev, restricting even very frequent words costs accuracy, so by default no word is.
    /// </summary>
    public int AllowedMinCount { get; init; } = int.MaxValue;

    /// <summary>A class is open (allowed for unknown words) when this many words seen once had it.</summary>
    public int OpenClassMinCount { get; init; } = 3;

    /// <summary>Averaged weights smaller than this are dropped from the model.</summary>
    public float PruneWeight { get; init; }

    /// <summary>
    /// The second pass retags only words whose first-pass margin is below this (weight units): at 16 it sees about
    /// one word in twenty and scores as well on dev as retagging every word.
    /// </summary>
    public float SecondPassMargin { get; init; } = 16;

    /// <summary>Log dev UPOS for a range of second-pass margins (to choose <see cref="SecondPassMargin"/>).</summary>
    public bool ReportMargins { get; init; }

    /// <summary>Train a second pass that also sees the first pass's tags of the next two words.</summary>
    public bool TwoPass { get; init; } = true;
}
