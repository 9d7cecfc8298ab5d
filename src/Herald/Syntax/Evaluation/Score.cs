namespace Herald.Syntax.Evaluation;

/// <summary>One metric of the CoNLL 2018 evaluation: counts and the precision, recall and F1 they give.</summary>
/// <param name="Gold">Items in the gold file (tokens, sentences or words).</param>
/// <param name="System">Items in the system file.</param>
/// <param name="Correct">System items that match a gold item (and, for word attributes, agree on it).</param>
/// <param name="Aligned">For word attributes, the aligned word pairs; 0 for span metrics.</param>
public readonly record struct Score(int Gold, int System, int Correct, int Aligned = 0)
{
    /// <summary>Correct / system items; 0 when the system has none.</summary>
    public double Precision => System == 0 ? 0 : (double)Correct / System;

    /// <summary>Correct / gold items; 0 when the gold file has none.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>The harmonic mean of precision and recall: 2 · correct / (gold + system).</summary>
    public double F1 => Gold + System == 0 ? 0 : 2.0 * Correct / (Gold + System);

    /// <summary>Correct / aligned words: the accuracy on the words both files agree exist; 0 for span metrics.</summary>
    public double AlignedAccuracy => Aligned == 0 ? 0 : (double)Correct / Aligned;
}
