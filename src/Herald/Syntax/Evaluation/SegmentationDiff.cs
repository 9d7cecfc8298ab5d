using System.Text;
using Herald.Syntax.Conllu;

namespace Herald.Syntax.Evaluation;

/// <summary>Lists where a system segments a text differently from the gold file, for people tuning a tokenizer.</summary>
public static class SegmentationDiff
{
    private const int Context = 4;

    /// <summary>
    /// The first <paramref name="max"/> token disagreements and the first <paramref name="max"/> sentence
    /// boundary disagreements, in text order.
    /// </summary>
    public static IReadOnlyList<SegmentationDisagreement> Find(IEnumerable<ConlluSentence> gold, IEnumerable<ConlluSentence> system, int max)
    {
        var g = PlacedFile.Build(gold, "gold");
        var s = PlacedFile.Build(system, "system");
        return Find(g, s, max);
    }

    internal static IReadOnlyList<SegmentationDisagreement> Find(PlacedFile gold, PlacedFile system, int max)
    {
        var found = new List<SegmentationDisagreement>();
        if (max <= 0) return found;
        var goldStarts = SentenceStarts(gold);
        var systemStarts = SentenceStarts(system);
        TokenDisagreements(gold, system, goldStarts, systemStarts, max, found);
        SentenceDisagreements(gold, system, goldStarts, systemStarts, max, found);
        found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return found;
    }

    private static HashSet<int> SentenceStarts(PlacedFile file) => [.. file.Sentences.Select(s => s.Start)];

    private static void TokenDisagreements(PlacedFile gold, PlacedFile system, HashSet<int> goldStarts, HashSet<int> systemStarts, int max, List<SegmentationDisagreement> found)
    {
        var (gt, st) = (gold.Tokens, system.Tokens);
        int gi = 0, si = 0, count = 0;
        while (gi < gt.Count && si < st.Count && count < max)
        {
            if (gt[gi] == st[si])
            {
                gi++;
                si++;
                continue;
            }
            // Both token lists tile the same characters: grow the stretch until their ends meet.
            var g0 = gi;
            int gEnd = gt[gi++].End, sEnd = st[si++].End;
            while (gEnd != sEnd && gi < gt.Count && si < st.Count)
            {
                if (gEnd < sEnd) gEnd = gt[gi++].End;
                else sEnd = st[si++].End;
            }
            var region = new CharSpan(gt[g0].Start, gEnd);
            var window = Window(gold, g0, gi);
            found.Add(new SegmentationDisagreement(DisagreementKind.Token, region.Start,
                Render(gold, window, region, goldStarts), Render(system, window, region, systemStarts)));
            count++;
        }
    }

    private static void SentenceDisagreements(PlacedFile gold, PlacedFile system, HashSet<int> goldStarts, HashSet<int> systemStarts, int max, List<SegmentationDisagreement> found)
    {
        int missed = 0, extra = 0;
        var boundaries = goldStarts.Union(systemStarts).Where(p => p > 0).Order();
        foreach (var p in boundaries)
        {
            var inGold = goldStarts.Contains(p);
            if (inGold == systemStarts.Contains(p)) continue;
            if (inGold ? missed >= max : extra >= max) continue;
            if (inGold) missed++;
            else extra++;
            var at = TokenAt(gold, p);
            var window = Window(gold, at, at);
            var none = new CharSpan(-1, -1);
            found.Add(new SegmentationDisagreement(inGold ? DisagreementKind.MissedSentenceBoundary : DisagreementKind.ExtraSentenceBoundary, p,
                Render(gold, window, none, goldStarts), Render(system, window, none, systemStarts)));
            if (missed >= max && extra >= max) break;
        }
    }

    /// <summary>The gold token holding character <paramref name="p"/>.</summary>
    private static int TokenAt(PlacedFile file, int p)
    {
        int lo = 0, hi = file.Tokens.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (file.Tokens[mid].Start <= p) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /// <summary>The characters of gold tokens [<paramref name="first"/>, <paramref name="end"/>) with a few tokens either side.</summary>
    private static CharSpan Window(PlacedFile gold, int first, int end)
    {
        var from = gold.Tokens[Math.Max(0, first - Context)].Start;
        var to = gold.Tokens[Math.Min(gold.Tokens.Count - 1, Math.Max(end, first + 1) + Context - 1)].End;
        return new CharSpan(from, to);
    }

    private static string Render(PlacedFile file, CharSpan window, CharSpan region, HashSet<int> sentenceStarts)
    {
        var text = new StringBuilder();
        var k = TokenAt(file, window.Start);
        for (; k < file.Tokens.Count && file.Tokens[k].Start < window.End; k++)
        {
            var token = file.Tokens[k];
            if (text.Length > 0) text.Append(' ');
            if (sentenceStarts.Contains(token.Start) && token.Start > window.Start) text.Append("‖ ");
            if (token.Start == region.Start) text.Append('[');
            text.Append(file.Characters, token.Start, token.End - token.Start);
            if (token.End == region.End) text.Append(']');
        }
        return text.ToString();
    }
}
