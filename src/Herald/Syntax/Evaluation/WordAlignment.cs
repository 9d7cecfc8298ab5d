namespace Herald.Syntax.Evaluation;

/// <summary>
/// Aligns the syntactic words of a gold and a system file the way the CoNLL 2018 shared task does.
/// </summary>
/// <remarks>
/// Words outside multi-word tokens align when their character spans are equal. Where either file has a
/// multi-word token, the stretch of words that overlaps it (grown until both files reach a common point past
/// every multi-word token in it) is aligned by the longest common subsequence of lower-cased forms, so
/// "don't" = "do" + "n't" in both files aligns word by word even though the words share one span.
/// </remarks>
internal sealed class WordAlignment
{
    private WordAlignment(int[] goldToSystem, int[] systemToGold, int pairs)
    {
        GoldToSystem = goldToSystem;
        SystemToGold = systemToGold;
        Pairs = pairs;
    }

    /// <summary>For each gold word, the aligned system word or -1.</summary>
    public int[] GoldToSystem { get; }

    /// <summary>For each system word, the aligned gold word or -1.</summary>
    public int[] SystemToGold { get; }

    /// <summary>The number of aligned pairs.</summary>
    public int Pairs { get; }

    public static WordAlignment Align(IReadOnlyList<PlacedWord> gold, IReadOnlyList<PlacedWord> system)
    {
        var goldToSystem = new int[gold.Count];
        var systemToGold = new int[system.Count];
        Array.Fill(goldToSystem, -1);
        Array.Fill(systemToGold, -1);
        var pairs = 0;

        void Pair(int g, int s)
        {
            goldToSystem[g] = s;
            systemToGold[s] = g;
            pairs++;
        }

        int gi = 0, si = 0;
        while (gi < gold.Count && si < system.Count)
        {
            if (gold[gi].InMultiword || system[si].InMultiword)
            {
                var (gs, ss, ge, se) = MultiwordStretch(gold, system, gi, si);
                foreach (var (g, s) in CommonSubsequence(gold, system, gs, ge, ss, se))
                    Pair(g, s);
                // Always make progress, even over a token with no characters.
                (gi, si) = ge > gi || se > si ? (ge, se) : (gi + 1, si);
            }
            else if (gold[gi].Span == system[si].Span)
            {
                Pair(gi++, si++);
            }
            else if (gold[gi].Span.Start <= system[si].Span.Start)
            {
                gi++;
            }
            else
            {
                si++;
            }
        }
        return new WordAlignment(goldToSystem, systemToGold, pairs);
    }

    /// <summary>
    /// The stretch of words around a multi-word token at gold word <paramref name="gi"/> or system word
    /// <paramref name="si"/>: returns its first gold and system words and the words just past it.
    /// </summary>
    private static (int GoldStart, int SystemStart, int GoldEnd, int SystemEnd) MultiwordStretch(
        IReadOnlyList<PlacedWord> gold, IReadOnlyList<PlacedWord> system, int gi, int si)
    {
        int end;
        if (gold[gi].InMultiword)
        {
            end = gold[gi].Span.End;
            // A plain system word that starts before the gold token cannot belong to it.
            if (!system[si].InMultiword && system[si].Span.Start < gold[gi].Span.Start) si++;
        }
        else
        {
            end = system[si].Span.End;
            if (!gold[gi].InMultiword && gold[gi].Span.Start < system[si].Span.Start) gi++;
        }
        var (gs, ss) = (gi, si);
        while (!Past(gold, gi, end) || !Past(system, si, end))
        {
            if (gi < gold.Count && (si >= system.Count || gold[gi].Span.Start <= system[si].Span.Start))
                end = Extend(gold[gi++], end);
            else
                end = Extend(system[si++], end);
        }
        return (gs, ss, gi, si);
    }

    private static bool Past(IReadOnlyList<PlacedWord> words, int i, int end) => i >= words.Count || words[i].Span.Start >= end;

    private static int Extend(PlacedWord word, int end) => word.InMultiword && word.Span.End > end ? word.Span.End : end;

    /// <summary>Pairs words of gold [<paramref name="gs"/>, <paramref name="ge"/>) and system [<paramref name="ss"/>, <paramref name="se"/>) along a longest common subsequence of lower-cased forms.</summary>
    private static IEnumerable<(int Gold, int System)> CommonSubsequence(
        IReadOnlyList<PlacedWord> gold, IReadOnlyList<PlacedWord> system, int gs, int ge, int ss, int se)
    {
        int gn = ge - gs, sn = se - ss;
        if (gn == 0 || sn == 0) yield break;
        // suffix[g, s]: length of the longest common subsequence of gold[g..] and system[s..], with a zero border.
        var suffix = new int[gn + 1, sn + 1];
        for (var g = gn - 1; g >= 0; g--)
        {
            for (var s = sn - 1; s >= 0; s--)
            {
                var best = Same(gold[gs + g], system[ss + s]) ? suffix[g + 1, s + 1] + 1 : 0;
                suffix[g, s] = Math.Max(best, Math.Max(suffix[g + 1, s], suffix[g, s + 1]));
            }
        }
        int gk = 0, sk = 0;
        while (gk < gn && sk < sn)
        {
            if (Same(gold[gs + gk], system[ss + sk]))
            {
                yield return (gs + gk, ss + sk);
                gk++;
                sk++;
            }
            else if (suffix[gk, sk] == suffix[gk + 1, sk])
            {
                gk++;
            }
            else
            {
                sk++;
            }
        }
    }

    private static bool Same(PlacedWord a, PlacedWord b) => string.Equals(a.Word.Form, b.Word.Form, StringComparison.OrdinalIgnoreCase);
}
