namespace Herald.Tone.Evaluation;

/// <summary>
/// Agreement between system scores and gold ratings: Pearson's r over the raw values, and macro-averaged F1 over
/// three classes (negative, neutral, positive), each side cut at its own neutral band: a value is neutral when its
/// magnitude is at most the band.
/// </summary>
public static class ToneEvaluator
{
    /// <summary>Gold ratings (-4 to 4) within this of 0 are neutral: the raters leaned, on average, less than half a step either way.</summary>
    public const double GoldNeutralBand = 0.5;

    /// <summary>System scores (-1 to 1) within this of 0 are neutral; chosen on the NYT editorial snippets (see docs/tone.md).</summary>
    public const double SystemNeutralBand = 0.25;

    /// <summary>Scores the pairs (gold rating, system score).</summary>
    public static ToneScores Score(IReadOnlyList<(double Gold, double System)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var confusion = new int[3, 3];
        foreach (var (gold, system) in pairs)
            confusion[Class(gold, GoldNeutralBand), Class(system, SystemNeutralBand)]++;
        var f1 = new double[3];
        for (var c = 0; c < 3; c++)
        {
            int goldCount = 0, systemCount = 0;
            for (var k = 0; k < 3; k++)
            {
                goldCount += confusion[c, k];
                systemCount += confusion[k, c];
            }
            f1[c] = goldCount + systemCount == 0 ? 0 : 2.0 * confusion[c, c] / (goldCount + systemCount);
        }
        return new ToneScores(pairs.Count, Pearson(pairs), f1.Average(), f1[0], f1[1], f1[2]);
    }

    /// <summary>Pearson's correlation coefficient of the pairs; 0 when either side has no variance.</summary>
    public static double Pearson(IReadOnlyList<(double X, double Y)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (pairs.Count == 0)
            return 0;
        double meanX = pairs.Average(p => p.X), meanY = pairs.Average(p => p.Y);
        double covariance = 0, varianceX = 0, varianceY = 0;
        foreach (var (x, y) in pairs)
        {
            covariance += (x - meanX) * (y - meanY);
            varianceX += (x - meanX) * (x - meanX);
            varianceY += (y - meanY) * (y - meanY);
        }
        return varianceX == 0 || varianceY == 0 ? 0 : covariance / Math.Sqrt(varianceX * varianceY);
    }

    // 0 negative, 1 neutral, 2 positive.
    private static int Class(double value, double band) => value < -band ? 0 : value > band ? 2 : 1;
}

/// <summary>The figures of a tone evaluation.</summary>
/// <param name="Items">Scored snippets.</param>
/// <param name="Pearson">Pearson's r between gold ratings and system scores.</param>
/// <param name="MacroF1">The mean of the three classes' F1.</param>
/// <param name="NegativeF1">F1 of the negative class.</param>
/// <param name="NeutralF1">F1 of the neutral class.</param>
/// <param name="PositiveF1">F1 of the positive class.</param>
public sealed record ToneScores(int Items, double Pearson, double MacroF1, double NegativeF1, double NeutralF1, double PositiveF1);
