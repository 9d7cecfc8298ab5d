using Herald.Documents;
using Herald.Syntax.Evaluation;

namespace Herald.Quotes.Evaluation;

/// <summary>The figures of <see cref="QuoteEvaluator"/>; see docs/quotes.md for the definitions.</summary>
/// <param name="ExactContent">Predicted contents equal to a gold content (edges normalised).</param>
/// <param name="OverlapContent">Predicted contents matched one-to-one to an overlapping gold content.</param>
/// <param name="SourceOnMatched">Matched pairs with a gold source (aligned), and those whose predicted source overlaps it (correct).</param>
/// <param name="DirectContent">As <paramref name="OverlapContent"/>, over direct quotes only (gold contents holding a quotation mark).</param>
/// <param name="SourceOnDirect">As <paramref name="SourceOnMatched"/>, over matched direct quotes.</param>
public sealed record QuoteScores(Score ExactContent, Score OverlapContent, Score SourceOnMatched, Score DirectContent, Score SourceOnDirect)
{
    /// <summary>Adds two sets of counts.</summary>
    public static QuoteScores operator +(QuoteScores a, QuoteScores b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(Add(a.ExactContent, b.ExactContent), Add(a.OverlapContent, b.OverlapContent), Add(a.SourceOnMatched, b.SourceOnMatched),
            Add(a.DirectContent, b.DirectContent), Add(a.SourceOnDirect, b.SourceOnDirect));
    }

    /// <summary>No counts.</summary>
    public static QuoteScores Zero { get; } = new(default, default, default, default, default);

    private static Score Add(Score a, Score b) => new(a.Gold + b.Gold, a.System + b.System, a.Correct + b.Correct, a.Aligned + b.Aligned);
}

/// <summary>One difference between the predicted and the gold quotes of a document, for reading the errors.</summary>
/// <param name="Kind"><c>missed</c> (a gold content no prediction overlaps), <c>extra</c> (a prediction no gold content overlaps) or <c>wrong-source</c> (a matched pair whose sources do not overlap).</param>
/// <param name="Direct">Whether the content holds a quotation mark (the gold one for missed and wrong-source, the prediction for extra).</param>
/// <param name="Content">The content's text (the gold one for missed and wrong-source).</param>
/// <param name="GoldCue">The gold cue's text; empty for extra.</param>
/// <param name="GoldSource">The gold source's text; empty for extra.</param>
/// <param name="PredictedSource">The predicted source's text (and predicted content for wrong-source, after a tab); empty for missed.</param>
public sealed record QuoteDifference(string Kind, bool Direct, string Content, string GoldCue, string GoldSource, string PredictedSource);

/// <summary>The counts for one document and the differences behind them.</summary>
/// <param name="Scores">The counts.</param>
/// <param name="Differences">The misses, extras and wrong sources, in text order of their content.</param>
public sealed record QuoteComparison(QuoteScores Scores, IReadOnlyList<QuoteDifference> Differences);

/// <summary>Scores the quotes of one analysed document against its gold attributions.</summary>
public static class QuoteEvaluator
{
    /// <summary>The counts for <paramref name="document"/> against <paramref name="gold"/>.</summary>
    public static QuoteScores Score(Document document, IReadOnlyList<GoldAttribution> gold) => Compare(document, gold).Scores;

    /// <summary>The counts for <paramref name="document"/> against <paramref name="gold"/>, with the differences.</summary>
    public static QuoteComparison Compare(Document document, IReadOnlyList<GoldAttribution> gold)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(gold);
        var text = document.Text;
        var goldSpans = gold.Select(g => Normalise(text, Outer(g.Content))).ToList();
        var goldDirect = gold.Select(g => g.Content.Any(c => QuoteMarks.Holds(text.AsSpan(c.Start, c.End - c.Start)))).ToList();
        var predicted = document.Quotes.Select(q => Normalise(text, (q.ContentStart, q.ContentEnd))).ToList();

        var exact = predicted.Count(p => goldSpans.Contains(p));
        var pairs = Match(predicted, goldSpans);
        var overlap = new Score(gold.Count, predicted.Count, pairs.Count);
        var differences = new List<(int At, QuoteDifference Difference)>();

        int sourceAligned = 0, sourceCorrect = 0, directAligned = 0, directCorrect = 0, directMatched = 0;
        foreach (var (p, g) in pairs)
        {
            var direct = goldDirect[g] && document.Quotes[p].Direct;
            directMatched += direct ? 1 : 0;
            if (gold[g].Source.Count == 0)
                continue;
            var quote = document.Quotes[p];
            var right = quote.SourceStart >= 0 && gold[g].Source.Any(s => s.Start < quote.SourceEnd && quote.SourceStart < s.End);
            sourceAligned++;
            sourceCorrect += right ? 1 : 0;
            if (direct)
            {
                directAligned++;
                directCorrect += right ? 1 : 0;
            }
            if (!right)
            {
                var predictedText = $"{quote.Source ?? ""}\t{Slice(text, predicted[p])}";
                differences.Add((goldSpans[g].Start, new("wrong-source", goldDirect[g], Slice(text, goldSpans[g]), Joined(text, gold[g].Cue), Joined(text, gold[g].Source), predictedText)));
            }
        }
        var matchedGold = pairs.Select(pair => pair.Gold).ToHashSet();
        var matchedPredicted = pairs.Select(pair => pair.Predicted).ToHashSet();
        for (var g = 0; g < gold.Count; g++)
        {
            if (!matchedGold.Contains(g))
                differences.Add((goldSpans[g].Start, new("missed", goldDirect[g], Slice(text, goldSpans[g]), Joined(text, gold[g].Cue), Joined(text, gold[g].Source), "")));
        }
        for (var p = 0; p < predicted.Count; p++)
        {
            if (!matchedPredicted.Contains(p))
                differences.Add((predicted[p].Start, new("extra", document.Quotes[p].Direct, Slice(text, predicted[p]), "", "", document.Quotes[p].Source ?? "")));
        }
        var scores = new QuoteScores(
            new Score(gold.Count, predicted.Count, exact),
            overlap,
            new Score(sourceAligned, sourceAligned, sourceCorrect, sourceAligned),
            new Score(goldDirect.Count(d => d), document.Quotes.Count(q => q.Direct), directMatched),
            new Score(directAligned, directAligned, directCorrect, directAligned));
        return new QuoteComparison(scores, [.. differences.OrderBy(d => d.At).Select(d => d.Difference)]);
    }

    private static string Slice(string text, (int Start, int End) span) => text[span.Start..span.End];

    private static string Joined(string text, IReadOnlyList<(int Start, int End)> spans) => string.Join(" ... ", spans.Select(s => Slice(text, s)));

    private static (int Start, int End) Outer(IReadOnlyList<(int Start, int End)> spans) =>
        spans.Count == 0 ? (0, 0) : (spans.Min(s => s.Start), spans.Max(s => s.End));

    // Edges compared without surrounding white space and sentence punctuation (quotation marks are kept).
    private static (int Start, int End) Normalise(string text, (int Start, int End) span)
    {
        var (start, end) = span;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ';' or ':'))
            start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or ':'))
            end--;
        return (start, end);
    }

    // One-to-one pairs of overlapping spans, the largest overlaps first.
    private static List<(int Predicted, int Gold)> Match(List<(int Start, int End)> predicted, List<(int Start, int End)> gold)
    {
        var candidates = new List<(int Overlap, int P, int G)>();
        for (var p = 0; p < predicted.Count; p++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                var overlap = Math.Min(predicted[p].End, gold[g].End) - Math.Max(predicted[p].Start, gold[g].Start);
                if (overlap > 0)
                    candidates.Add((overlap, p, g));
            }
        }
        candidates.Sort((a, b) => b.Overlap != a.Overlap ? b.Overlap.CompareTo(a.Overlap) : a.P != b.P ? a.P.CompareTo(b.P) : a.G.CompareTo(b.G));
        var usedP = new HashSet<int>();
        var usedG = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (_, p, g) in candidates)
        {
            if (usedP.Contains(p) || usedG.Contains(g))
                continue;
            usedP.Add(p);
            usedG.Add(g);
            pairs.Add((p, g));
        }
        return pairs;
    }
}
