namespace Herald.Extraction.Evaluation;

/// <summary>
/// The article-extraction-benchmark metric. Texts are cut into <c>\w+</c> tokens (case kept) and into 4-token
/// shingles (a text shorter than four tokens is one shingle); shingles are counted as multisets. Per page, true
/// positives, false positives and false negatives are divided by their sum, so that long pages weigh no more
/// than short ones; precision and recall are averaged over the pages where they are defined, and F1 is taken
/// from the two means. Exact match: the two token sequences are equal.
/// </summary>
public static class ShingleMetric
{
    private const int N = 4;

    /// <summary>One page's normalised true positives, false positives and false negatives, and whether it matched exactly.</summary>
    public readonly record struct PageScore(double TruePositives, double FalsePositives, double FalseNegatives, bool Exact);

    /// <summary>Scores <paramref name="prediction"/> against <paramref name="truth"/>.</summary>
    public static PageScore Score(string truth, string prediction)
    {
        var trueTokens = WordTokens.Of(truth);
        var predTokens = WordTokens.Of(prediction);
        var trueShingles = Shingles(trueTokens);
        var predShingles = Shingles(predTokens);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in trueShingles.Keys.Union(predShingles.Keys))
        {
            var t = trueShingles.GetValueOrDefault(key);
            var p = predShingles.GetValueOrDefault(key);
            tp += Math.Min(t, p);
            fp += Math.Max(0, p - t);
            fn += Math.Max(0, t - p);
        }
        var sum = tp + fp + fn;
        if (sum > 0)
            (tp, fp, fn) = (tp / sum, fp / sum, fn / sum);
        return new PageScore(tp, fp, fn, trueTokens.SequenceEqual(predTokens, StringComparer.Ordinal));
    }

    /// <summary>Mean precision, mean recall, F1 of the two means, and exact-match accuracy over <paramref name="pages"/>.</summary>
    public static (double Precision, double Recall, double F1, double Accuracy) Summarise(IReadOnlyList<PageScore> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var precisions = pages.Where(p => p.TruePositives + p.FalsePositives > 0).Select(p => Precision(p)).ToList();
        var recalls = pages.Where(p => p.TruePositives + p.FalseNegatives > 0).Select(p => Recall(p)).ToList();
        var precision = precisions.Count > 0 ? precisions.Average() : 0;
        var recall = recalls.Count > 0 ? recalls.Average() : 0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        var accuracy = pages.Count > 0 ? pages.Count(p => p.Exact) / (double)pages.Count : 0;
        return (precision, recall, f1, accuracy);
    }

    /// <summary>One page's precision.</summary>
    public static double Precision(PageScore p) =>
        p.FalsePositives == 0 && p.FalseNegatives == 0 ? 1 : p.TruePositives == 0 && p.FalsePositives == 0 ? 0 : p.TruePositives / (p.TruePositives + p.FalsePositives);

    /// <summary>One page's recall.</summary>
    public static double Recall(PageScore p) =>
        p.FalsePositives == 0 && p.FalseNegatives == 0 ? 1 : p.TruePositives == 0 && p.FalseNegatives == 0 ? 0 : p.TruePositives / (p.TruePositives + p.FalseNegatives);

    private static Dictionary<string, int> Shingles(List<string> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(1, tokens.Count - N + 1); i++)
        {
            if (i >= tokens.Count)
                break;
            var key = string.Join('\u0001', tokens.Skip(i).Take(N));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }
}
