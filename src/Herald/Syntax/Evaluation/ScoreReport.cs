using System.Globalization;
using System.Text.Json;

namespace Herald.Syntax.Evaluation;

/// <summary>Prints scores as the readable table of the CoNLL 2018 evaluation script, or as JSON.</summary>
public static class ScoreReport
{
    /// <summary>
    /// Writes one row per metric: counts, then precision, recall, F1 (and aligned accuracy for word
    /// attributes) in percent.
    /// </summary>
    public static void WriteTable(TextWriter writer, IEnumerable<(string Name, Score Score)> metrics)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(metrics);
        writer.WriteLine("Metric     |    Gold |  System | Correct | Precision |  Recall |      F1 | AligndAcc");
        writer.WriteLine("-----------+---------+---------+---------+-----------+---------+---------+----------");
        foreach (var (name, score) in metrics)
        {
            var aligned = score.Aligned > 0 && name is not "Words" ? Percent(score.AlignedAccuracy) : "";
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-10} | {score.Gold,7} | {score.System,7} | {score.Correct,7} | {Percent(score.Precision),9} | {Percent(score.Recall),7} | {Percent(score.F1),7} | {aligned,9}"));
        }
    }

    /// <summary>Writes <c>{"Tokens": {"gold": .., "system": .., "correct": .., "precision": .., "recall": .., "f1": ..}, ...}</c>; ratios are fractions of 1.</summary>
    public static void WriteJson(Utf8JsonWriter writer, IEnumerable<(string Name, Score Score)> metrics)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(metrics);
        writer.WriteStartObject();
        foreach (var (name, score) in metrics)
        {
            writer.WriteStartObject(name);
            writer.WriteNumber("gold", score.Gold);
            writer.WriteNumber("system", score.System);
            writer.WriteNumber("correct", score.Correct);
            writer.WriteNumber("precision", Math.Round(score.Precision, 6));
            writer.WriteNumber("recall", Math.Round(score.Recall, 6));
            writer.WriteNumber("f1", Math.Round(score.F1, 6));
            if (score.Aligned > 0)
                writer.WriteNumber("alignedAccuracy", Math.Round(score.AlignedAccuracy, 6));
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static string Percent(double ratio) => (100 * ratio).ToString("0.00", CultureInfo.InvariantCulture);
}
