using System.Globalization;
using Herald.Errors;
using Herald.Syntax.Conllu;

namespace Herald.Syntax.Evaluation;

/// <summary>
/// Scores a system's CoNLL-U against gold CoNLL-U with the metrics of the CoNLL 2018 shared task.
/// </summary>
/// <remarks>
/// Both files are reduced to their non-whitespace characters, which must be the same; tokens, sentences and
/// words are spans over them. Tokens and sentences score by exact span match. Words are aligned
/// (<see cref="WordAlignment"/>); a system word is correct for an attribute when it is aligned and agrees with
/// its gold word. Precision divides by the system's count, recall by the gold count.
/// </remarks>
public static class ConlluEvaluator
{
    /// <summary>Scores <paramref name="system"/> against <paramref name="gold"/>; the names appear in messages.</summary>
    /// <exception cref="HeraldException">A file is malformed, or the two texts differ.</exception>
    public static ConlluScores Evaluate(IEnumerable<ConlluSentence> gold, IEnumerable<ConlluSentence> system, string goldName = "gold", string systemName = "system")
    {
        var g = PlacedFile.Build(gold, goldName);
        var s = PlacedFile.Build(system, systemName);
        return Evaluate(g, s, systemName);
    }

    internal static ConlluScores Evaluate(PlacedFile gold, PlacedFile system, string systemName)
    {
        RequireSameText(gold, system, systemName);
        var alignment = WordAlignment.Align(gold.Words, system.Words);
        var words = new Score(gold.Words.Count, system.Words.Count, alignment.Pairs, alignment.Pairs);
        int upos = 0, xpos = 0, lemmas = 0, uas = 0, las = 0;
        for (var gi = 0; gi < gold.Words.Count; gi++)
        {
            var si = alignment.GoldToSystem[gi];
            if (si < 0) continue;
            var gw = gold.Words[gi];
            var sw = system.Words[si];
            if (gw.Word.Upos == sw.Word.Upos) upos++;
            if (gw.Word.Xpos == sw.Word.Xpos) xpos++;
            if (gw.Word.Lemma == "_" || gw.Word.Lemma == sw.Word.Lemma) lemmas++;
            if (gw.Parent == PlacedWord.NoHead || !SameHead(gw.Parent, sw.Parent, alignment)) continue;
            uas++;
            if (gw.UniversalRelation.SequenceEqual(sw.UniversalRelation)) las++;
        }
        return new ConlluScores(
            SpanScore(gold.Tokens, system.Tokens),
            SpanScore(gold.Sentences, system.Sentences),
            words,
            words with { Correct = upos },
            words with { Correct = xpos },
            words with { Correct = lemmas },
            words with { Correct = uas },
            words with { Correct = las });
    }

    /// <summary>The system head, carried to the gold file through the alignment, is the gold head.</summary>
    private static bool SameHead(int goldParent, int systemParent, WordAlignment alignment) => systemParent switch
    {
        PlacedWord.Root => goldParent == PlacedWord.Root,
        PlacedWord.NoHead => false,
        _ => goldParent >= 0 && alignment.SystemToGold[systemParent] == goldParent,
    };

    /// <summary>Exact matches between two sorted lists of spans.</summary>
    internal static Score SpanScore(List<CharSpan> gold, List<CharSpan> system)
    {
        int gi = 0, si = 0, correct = 0;
        while (gi < gold.Count && si < system.Count)
        {
            if (system[si].Start < gold[gi].Start)
            {
                si++;
            }
            else if (gold[gi].Start < system[si].Start)
            {
                gi++;
            }
            else
            {
                if (gold[gi].End == system[si].End) correct++;
                gi++;
                si++;
            }
        }
        return new Score(gold.Count, system.Count, correct);
    }

    private static void RequireSameText(PlacedFile gold, PlacedFile system, string systemName)
    {
        var a = gold.Characters;
        var b = system.Characters;
        if (a == b) return;
        var at = a.AsSpan().CommonPrefixLength(b);
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"its text (whitespace ignored) differs from the gold text at character {at}: gold has '{Excerpt(a, at)}', the system '{Excerpt(b, at)}'; a system may re-tokenize the text but not change it");
        throw new HeraldException(new HeraldError(ErrorCatalog.TextMismatch, systemName, detail));
    }

    private static string Excerpt(string text, int at)
    {
        if (at >= text.Length) return "(end of text)";
        var start = Math.Max(0, at - 15);
        var end = Math.Min(text.Length, at + 15);
        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }
}
