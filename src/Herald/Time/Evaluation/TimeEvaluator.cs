using Herald.Documents;
using Herald.Pipeline;

namespace Herald.Time.Evaluation;

/// <summary>
/// Scores the time layer on TimeML gold: each document's text goes through a pipeline with the
/// document creation date as the publication date, and the expressions found are matched to the gold ones.
/// </summary>
public static class TimeEvaluator
{
    /// <summary>A disagreement, for reading: the gold expression and what was found over it (either may be null).</summary>
    public sealed record Difference(string Document, string? GoldText, GoldTime? Gold, string? FoundText, TimeExpression? Found);

    /// <summary>Scores every document; <paramref name="differences"/>, if given, collects each disagreement.</summary>
    public static TimeScores Evaluate(IEnumerable<TimeMlDocument> documents, AnalysisPipeline pipeline, List<Difference>? differences = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(pipeline);
        var total = new TimeScores(0, 0, 0, 0, 0, 0);
        foreach (var gold in documents)
        {
            var document = new Document(gold.Text, new ArticleInfo { Published = gold.Created });
            pipeline.Process(document);
            total += Score(gold, document, differences);
        }
        return total;
    }

    /// <summary>
    /// Scores one document. Each found expression is paired with the first unpaired gold expression it overlaps
    /// (relaxed); strict matches are pairs with the same span.
    /// </summary>
    public static TimeScores Score(TimeMlDocument gold, Document document, List<Difference>? differences = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(document);
        var paired = new bool[gold.Times.Count];
        int strict = 0, relaxed = 0, types = 0, values = 0;
        foreach (var found in document.Times)
        {
            var g = FirstOverlap(gold.Times, paired, found);
            if (g < 0)
            {
                differences?.Add(new Difference(gold.Name, null, null, Text(gold, found.Start, found.End), found));
                continue;
            }
            paired[g] = true;
            var expected = gold.Times[g];
            relaxed++;
            strict += expected.Start == found.Start && expected.End == found.End ? 1 : 0;
            types += expected.Type == found.Type ? 1 : 0;
            values += expected.Value == found.Value ? 1 : 0;
            if (expected.Value != found.Value || expected.Start != found.Start || expected.End != found.End || expected.Type != found.Type)
                differences?.Add(new Difference(gold.Name, Text(gold, expected.Start, expected.End), expected, Text(gold, found.Start, found.End), found));
        }
        for (var g = 0; g < paired.Length; g++)
        {
            if (!paired[g])
                differences?.Add(new Difference(gold.Name, Text(gold, gold.Times[g].Start, gold.Times[g].End), gold.Times[g], null, null));
        }
        return new TimeScores(gold.Times.Count, document.Times.Count, strict, relaxed, types, values);
    }

    private static int FirstOverlap(IReadOnlyList<GoldTime> gold, bool[] paired, TimeExpression found)
    {
        for (var g = 0; g < gold.Count; g++)
        {
            if (!paired[g] && gold[g].Start < found.End && found.Start < gold[g].End)
                return g;
        }
        return -1;
    }

    private static string Text(TimeMlDocument gold, int start, int end) => gold.Text[start..end].ReplaceLineEndings(" ");
}
