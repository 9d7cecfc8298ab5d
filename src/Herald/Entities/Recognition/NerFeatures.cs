using Herald.Learning;

namespace Herald.Entities.Recognition;

/// <summary>
/// The recognizer's feature templates. Changing a template changes what the weights mean: bump
/// <see cref="Version"/>, and models of the old version are refused at load.
/// </summary>
internal static class NerFeatures
{
    /// <summary>The feature-set version written into models.</summary>
    public const int Version = 1;

    /// <summary>Most features one token gets.</summary>
    public const int Max = 56;

    private enum T : ulong
    {
        Bias = 1, Form, Lower, Shape, Prefix2, Prefix3, Suffix2, Suffix3, Suffix4, Flags,
        LowerM1, LowerM2, LowerP1, LowerP2, ShapeM1, ShapeP1, ShapeTrigram, BigramM1, BigramP1, FormM1, FormP1,
        Pos, PosM1, PosP1, PosM1Pos, PosPosP1, PosFlags,
        Prev1, Prev2, Prev12, Prev1Lower, Prev1Shape, Prev1Pos, Prev1Coarse,
        Coarse, Fine, FineM1, FineP1, CoarseM1, CoarseP1, CoarseFlags,
        Gazetteer, GazetteerM1, GazetteerP1, GazetteerFlags,
        Case, CaseFlags, History, HistoryM1, HistoryP1, HistoryPrev1, HistoryFlags,
        FlagsM1, FlagsP1, Suffix3M1, LowerFlags,
    }

    /// <summary>Writes the features of token <paramref name="i"/> of a sentence into <paramref name="features"/>; returns how many.</summary>
    public static int Extract(ReadOnlySpan<NerWord> words, int i, int prev1, int prev2, Span<ulong> features)
    {
        ref readonly var w = ref words[i];
        ref readonly var m1 = ref i >= 1 ? ref words[i - 1] : ref NerWord.Start1;
        ref readonly var m2 = ref i >= 2 ? ref words[i - 2] : ref (i >= 1 ? ref NerWord.Start1 : ref NerWord.Start2);
        ref readonly var p1 = ref i + 1 < words.Length ? ref words[i + 1] : ref NerWord.End1;
        ref readonly var p2 = ref i + 2 < words.Length ? ref words[i + 2] : ref (i + 1 < words.Length ? ref NerWord.End1 : ref NerWord.End2);
        var t1 = (ulong)(prev1 + 3);
        var t2 = (ulong)(prev2 + 3);
        var flags = (ulong)w.Flags;
        var caps = flags & (NerWord.HasUpper | NerWord.AllUpper | NerWord.Title | NerWord.Initial | NerWord.CapsSentence);
        var coarse = (ulong)(w.Cluster >> 16);
        var n = 0;
        features[n++] = FeatureHash.Mix((ulong)T.Bias, 0);
        features[n++] = FeatureHash.Mix((ulong)T.Form, w.Form);
        features[n++] = FeatureHash.Mix((ulong)T.Lower, w.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.Shape, w.Shape);
        features[n++] = FeatureHash.Mix((ulong)T.Prefix2, w.Prefix2);
        features[n++] = FeatureHash.Mix((ulong)T.Prefix3, w.Prefix3);
        features[n++] = FeatureHash.Mix((ulong)T.Suffix2, w.Suffix2);
        features[n++] = FeatureHash.Mix((ulong)T.Suffix3, w.Suffix3);
        features[n++] = FeatureHash.Mix((ulong)T.Suffix4, w.Suffix4);
        features[n++] = FeatureHash.Mix((ulong)T.Flags, flags);
        features[n++] = FeatureHash.Mix((ulong)T.LowerM1, m1.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.LowerM2, m2.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.LowerP1, p1.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.LowerP2, p2.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.ShapeM1, m1.Shape);
        features[n++] = FeatureHash.Mix((ulong)T.ShapeP1, p1.Shape);
        features[n++] = FeatureHash.Mix((ulong)T.ShapeTrigram, m1.Shape, FeatureHash.Mix(w.Shape, p1.Shape));
        features[n++] = FeatureHash.Mix((ulong)T.BigramM1, m1.Lower, w.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.BigramP1, w.Lower, p1.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.FormM1, m1.Form);
        features[n++] = FeatureHash.Mix((ulong)T.FormP1, p1.Form);
        features[n++] = FeatureHash.Mix((ulong)T.Pos, (ulong)(w.Pos + 3));
        features[n++] = FeatureHash.Mix((ulong)T.PosM1, (ulong)(m1.Pos + 3));
        features[n++] = FeatureHash.Mix((ulong)T.PosP1, (ulong)(p1.Pos + 3));
        features[n++] = FeatureHash.Mix((ulong)T.PosM1Pos, (ulong)(m1.Pos + 3), (ulong)(w.Pos + 3));
        features[n++] = FeatureHash.Mix((ulong)T.PosPosP1, (ulong)(w.Pos + 3), (ulong)(p1.Pos + 3));
        features[n++] = FeatureHash.Mix((ulong)T.PosFlags, (ulong)(w.Pos + 3), caps);
        features[n++] = FeatureHash.Mix((ulong)T.Prev1, t1);
        features[n++] = FeatureHash.Mix((ulong)T.Prev2, t2);
        features[n++] = FeatureHash.Mix((ulong)T.Prev12, t1, t2);
        features[n++] = FeatureHash.Mix((ulong)T.Prev1Lower, t1, w.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.Prev1Shape, t1, w.Shape);
        features[n++] = FeatureHash.Mix((ulong)T.Prev1Pos, t1, (ulong)(w.Pos + 3));
        features[n++] = FeatureHash.Mix((ulong)T.Prev1Coarse, t1, coarse);
        features[n++] = FeatureHash.Mix((ulong)T.Coarse, coarse);
        features[n++] = FeatureHash.Mix((ulong)T.Fine, w.Cluster & 0xFFFF);
        features[n++] = FeatureHash.Mix((ulong)T.FineM1, m1.Cluster & 0xFFFF);
        features[n++] = FeatureHash.Mix((ulong)T.FineP1, p1.Cluster & 0xFFFF);
        features[n++] = FeatureHash.Mix((ulong)T.CoarseM1, m1.Cluster >> 16);
        features[n++] = FeatureHash.Mix((ulong)T.CoarseP1, p1.Cluster >> 16);
        features[n++] = FeatureHash.Mix((ulong)T.CoarseFlags, coarse, caps);
        features[n++] = FeatureHash.Mix((ulong)T.Gazetteer, (ulong)(w.Place + 2));
        features[n++] = FeatureHash.Mix((ulong)T.GazetteerM1, (ulong)(m1.Place + 2));
        features[n++] = FeatureHash.Mix((ulong)T.GazetteerP1, (ulong)(p1.Place + 2));
        features[n++] = FeatureHash.Mix((ulong)T.GazetteerFlags, (ulong)(w.Place + 2), caps);
        features[n++] = FeatureHash.Mix((ulong)T.Case, (ulong)(w.Case + 2));
        features[n++] = FeatureHash.Mix((ulong)T.CaseFlags, (ulong)(w.Case + 2), caps);
        features[n++] = FeatureHash.Mix((ulong)T.History, (ulong)(w.History + 2));
        features[n++] = FeatureHash.Mix((ulong)T.HistoryM1, (ulong)(m1.History + 2));
        features[n++] = FeatureHash.Mix((ulong)T.HistoryP1, (ulong)(p1.History + 2));
        features[n++] = FeatureHash.Mix((ulong)T.HistoryPrev1, (ulong)(w.History + 2), t1);
        features[n++] = FeatureHash.Mix((ulong)T.HistoryFlags, (ulong)(w.History + 2), caps);
        features[n++] = FeatureHash.Mix((ulong)T.FlagsM1, (ulong)m1.Flags);
        features[n++] = FeatureHash.Mix((ulong)T.FlagsP1, (ulong)p1.Flags);
        features[n++] = FeatureHash.Mix((ulong)T.Suffix3M1, m1.Suffix3);
        features[n++] = FeatureHash.Mix((ulong)T.LowerFlags, w.Lower, caps);
        return n;
    }
}
