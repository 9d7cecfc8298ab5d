namespace Herald.Extraction.Evaluation;

/// <summary>
/// The trafilatura evaluation metric. Each page lists snippets the extraction must contain (<c>with</c>) and
/// snippets it must not (<c>without</c>). A <c>with</c> snippet found in the text (exact, case-sensitive
/// substring) is a true positive, one missing a false negative; a <c>without</c> snippet found is a false
/// positive, one missing a true negative. Counts are summed over all pages before precision, recall, accuracy
/// and F = 2TP / (2TP + FP + FN) are computed.
/// </summary>
public sealed class SnippetMetric
{
    /// <summary>Snippets wanted and found.</summary>
    public int TruePositives { get; private set; }

    /// <summary>Snippets wanted and missing.</summary>
    public int FalseNegatives { get; private set; }

    /// <summary>Unwanted snippets found.</summary>
    public int FalsePositives { get; private set; }

    /// <summary>Unwanted snippets kept out.</summary>
    public int TrueNegatives { get; private set; }

    /// <summary>Adds one page: the extracted <paramref name="text"/> and its two snippet lists. Returns the page's errors.</summary>
    public int Add(string text, IEnumerable<string> with, IEnumerable<string> without)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = 0;
        foreach (var snippet in with)
        {
            if (text.Contains(snippet, StringComparison.Ordinal))
                TruePositives++;
            else
            {
                FalseNegatives++;
                errors++;
            }
        }
        foreach (var snippet in without)
        {
            if (text.Contains(snippet, StringComparison.Ordinal))
            {
                FalsePositives++;
                errors++;
            }
            else
                TrueNegatives++;
        }
        return errors;
    }

    /// <summary>TP / (TP + FP).</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN).</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>(TP + TN) / all.</summary>
    public double Accuracy => Ratio(TruePositives + TrueNegatives, TruePositives + TrueNegatives + FalsePositives + FalseNegatives);

    /// <summary>2TP / (2TP + FP + FN).</summary>
    public double F => Ratio(2 * TruePositives, 2 * TruePositives + FalsePositives + FalseNegatives);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
