using Herald.Documents;

namespace Herald.Extraction.Boilerplate;

/// <summary>Text with the boilerplate taken out, and what was taken, with offsets into the text given.</summary>
/// <param name="Text">The article text that remains.</param>
/// <param name="Removed">The removed stretches, in order.</param>
public sealed record CleanedText(string Text, IReadOnlyList<Documents.Boilerplate> Removed);

/// <summary>
/// Finds what is not the article in already-extracted plain text: appeals, sign-ups, cookie notices, "Read more"
/// lists, share prompts, photo credits and button labels. Each paragraph is scored (<see cref="BlockScorer"/>); a
/// run of paragraphs is removed around each one that is boilerplate by itself: neighbours that are boilerplate too,
/// at most two weak paragraphs between two pieces of appeal prose while the run's score stays ahead, a short lead-in
/// just before it, the headline-like lines of a list after a "Related" or "Most read" lead, and on-topic paragraphs
/// between it and the start or end of the text.
/// </summary>
public static class PlainTextBoilerplate
{
    private const int MaxBridge = 2;
    private const double HardNegative = -2;
    private const int EdgeLineWords = 15;

    /// <summary>Removes the boilerplate from <paramref name="text"/>; a text that would be left empty is kept whole.</summary>
    public static CleanedText Remove(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = TextBlocks.Split(text);
        var scores = blocks.Select(b => BlockScorer.Score(text.AsSpan(b.Start, b.End - b.Start))).ToArray();
        var runs = FindRuns(scores);
        if (runs.Count == 0 || runs.Sum(r => r.Last - r.First + 1) == blocks.Count)
            return new CleanedText(text, []);
        var removed = runs.Select(r => Record(text, blocks, scores, r)).ToList();
        return new CleanedText(Cut(text, blocks, runs), removed);
    }

    private static List<(int First, int Last)> FindRuns(BlockScore[] scores)
    {
        var runs = new List<(int First, int Last)>();
        var floor = 0;
        for (var seed = 0; seed < scores.Length; seed++)
        {
            if (scores[seed].Value < BlockScorer.Strong)
                continue;
            var last = ReachEdge(scores, Extend(scores, seed, +1, scores.Length - 1), +1, scores.Length - 1);
            var first = Extend(scores, seed, -1, floor);
            if (floor == 0)
                first = ReachEdge(scores, first, -1, 0);
            if (first > floor && scores[first - 1].IsLeadIn && scores[first - 1].Value > HardNegative)
                first--;
            if (runs.Count > 0 && runs[^1].Last + 1 == first)
                runs[^1] = (runs[^1].First, last);
            else
                runs.Add((first, last));
            floor = last + 1;
            seed = last;
        }
        return runs;
    }

    /// <summary>
    /// Takes the run to the start or end of the text when all that lies between is short lines on its topic: the
    /// heading or sign-off of an appeal at the edge of an article belongs to it.
    /// </summary>
    private static int ReachEdge(BlockScore[] scores, int at, int step, int edge)
    {
        for (var i = at + step; step > 0 ? i <= edge : i >= edge; i += step)
        {
            if (!scores[i].CanBridge || scores[i].Value <= HardNegative || scores[i].Words > EdgeLineWords)
                return at;
        }
        return edge;
    }

    /// <summary>
    /// Walks from <paramref name="seed"/> in <paramref name="step"/>'s direction and returns the farthest block where
    /// the run's sum is best. Weak paragraphs are crossed only between two that can bridge (the prose of an appeal, not
    /// labels such as "Advertisement", which stand alone), or, when the weak ones are on the topic themselves, from or
    /// to one that can; going forward, the headline-like lines after a list lead belong to the run.
    /// </summary>
    private static int Extend(BlockScore[] scores, int seed, int step, int limit)
    {
        double sum = 0, best = 0;
        var bestAt = seed;
        var weak = 0;
        var gapOnTopic = true;
        var canBridge = scores[seed].CanBridge;
        var inList = step > 0 && scores[seed].IsListLead;
        for (var i = seed + step; step > 0 ? i <= limit : i >= limit; i += step)
        {
            var score = scores[i];
            if (inList && score.IsListItem && score.Value > HardNegative)
            {
                bestAt = i;
                continue;
            }
            inList = false;
            if (score.Value > 0)
            {
                if (weak > 0 && !(canBridge && score.CanBridge) && !(gapOnTopic && (canBridge || score.CanBridge)))
                    break;
                weak = 0;
                gapOnTopic = true;
                canBridge = score.CanBridge;
                inList = step > 0 && score.IsListLead;
            }
            else if (score.Value <= HardNegative || ++weak > MaxBridge)
            {
                break;
            }
            else
            {
                gapOnTopic &= score.CanBridge;
            }
            sum += score.Value;
            if (sum >= best)
            {
                best = sum;
                bestAt = i;
            }
        }
        return bestAt;
    }

    private static Documents.Boilerplate Record(string text, List<TextBlock> blocks, BlockScore[] scores, (int First, int Last) run)
    {
        var start = blocks[run.First].Start;
        var end = blocks[run.Last].End;
        var kind = Enumerable.Range(run.First, run.Last - run.First + 1)
            .Where(i => scores[i].Kind is not null && scores[i].Kind != BoilerplateKinds.Button)
            .GroupBy(i => scores[i].Kind!)
            .OrderByDescending(g => g.Sum(i => Math.Max(scores[i].Value, 0.1)))
            .Select(g => g.Key)
            .FirstOrDefault() ?? scores[run.First].Kind ?? BoilerplateKinds.Button;
        return new Documents.Boilerplate(start, end, kind, text[start..end]);
    }

    /// <summary>The text without the runs: each run goes with the whitespace up to the next kept paragraph.</summary>
    private static string Cut(string text, List<TextBlock> blocks, List<(int First, int Last)> runs)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var from = 0;
        foreach (var (first, last) in runs)
        {
            var keepTo = blocks[first].Start;
            var resume = last + 1 < blocks.Count ? blocks[last + 1].Start : text.Length;
            if (last + 1 == blocks.Count)
                keepTo = first > 0 ? blocks[first - 1].End : 0;
            builder.Append(text, from, keepTo - from);
            from = resume;
        }
        builder.Append(text, from, text.Length - from);
        return builder.ToString();
    }
}
