namespace Herald.Time.Evaluation;

/// <summary>
/// The TempEval-3 figures for time expressions (docs/time.md defines each): extent precision, recall and F1,
/// strict (same span) and relaxed (overlapping spans); type and value accuracy over the relaxed matches; and
/// value precision, recall and F1, where an expression counts only when it overlaps a gold one and has its value.
/// </summary>
public sealed record TimeScores(int Gold, int System, int StrictMatches, int RelaxedMatches, int TypeCorrect, int ValueCorrect)
{
    /// <summary>Strict extent precision.</summary>
    public double StrictPrecision => Ratio(StrictMatches, System);

    /// <summary>Strict extent recall.</summary>
    public double StrictRecall => Ratio(StrictMatches, Gold);

    /// <summary>Strict extent F1.</summary>
    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    /// <summary>Relaxed extent precision.</summary>
    public double RelaxedPrecision => Ratio(RelaxedMatches, System);

    /// <summary>Relaxed extent recall.</summary>
    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);

    /// <summary>Relaxed extent F1.</summary>
    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    /// <summary>Share of the relaxed matches whose type is the gold type.</summary>
    public double TypeAccuracy => Ratio(TypeCorrect, RelaxedMatches);

    /// <summary>Share of the relaxed matches whose value is the gold value.</summary>
    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);

    /// <summary>Value precision: expressions found with the gold value, over all found.</summary>
    public double ValuePrecision => Ratio(ValueCorrect, System);

    /// <summary>Value recall: expressions found with the gold value, over all gold.</summary>
    public double ValueRecall => Ratio(ValueCorrect, Gold);

    /// <summary>Value F1.</summary>
    public double ValueF1 => F1(ValuePrecision, ValueRecall);

    /// <summary>The sum of two tallies.</summary>
    public static TimeScores operator +(TimeScores a, TimeScores b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Gold + b.Gold, a.System + b.System, a.StrictMatches + b.StrictMatches, a.RelaxedMatches + b.RelaxedMatches,
            a.TypeCorrect + b.TypeCorrect, a.ValueCorrect + b.ValueCorrect);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
