namespace Herald.Extraction.Evaluation;

/// <summary>
/// The WCXB word-level score: both texts are lower-cased and cut into <c>\w+</c> tokens, counted as multisets;
/// the overlap is the sum of the smaller counts. Precision = overlap / predicted tokens, recall = overlap / gold
/// tokens, F1 their harmonic mean. An empty gold text scores 1 against an empty prediction and 0 otherwise;
/// an empty prediction scores 0.
/// </summary>
public static class WordOverlap
{
    /// <summary>Precision, recall and F1 of <paramref name="prediction"/> against <paramref name="reference"/>.</summary>
    public static (double Precision, double Recall, double F1) Score(string prediction, string reference)
    {
        var pred = WordTokens.LowerCaseCounts(prediction);
        var gold = WordTokens.LowerCaseCounts(reference);
        if (gold.Count == 0)
            return pred.Count == 0 ? (1, 1, 1) : (0, 0, 0);
        if (pred.Count == 0)
            return (0, 0, 0);
        var overlap = pred.Sum(p => Math.Min(p.Value, gold.GetValueOrDefault(p.Key)));
        var precision = (double)overlap / pred.Values.Sum();
        var recall = (double)overlap / gold.Values.Sum();
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return (precision, recall, f1);
    }
}
