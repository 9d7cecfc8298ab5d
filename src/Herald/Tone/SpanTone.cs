namespace Herald.Tone;

/// <summary>
/// The tone of a stretch of text: the sum of its sentiment words' valences after context rules, and how many
/// words ended positive and negative.
/// </summary>
/// <param name="Sum">Sum of the contextual valences (each word from -4 to 4, before emphasis).</param>
/// <param name="Positive">Words whose contextual valence is positive.</param>
/// <param name="Negative">Words whose contextual valence is negative.</param>
public readonly record struct SpanTone(double Sum, int Positive, int Negative)
{
    // The squash constant: a sum of sqrt(15) ≈ 3.9 maps to 0.71 (the value Hutto and Gilbert use).
    private const double Alpha = 15;

    /// <summary>The sum squashed into (-1, 1): <c>sum / sqrt(sum² + 15)</c>.</summary>
    public double Score => Sum / Math.Sqrt(Sum * Sum + Alpha);
}
