using Herald.Learning;

namespace Herald.Syntax.Tagging;

/// <summary>
/// The tagger's feature templates. Changing a template changes what the weights mean: bump
/// <see cref="Version"/>, and models of the old version are refused at load.
/// </summary>
internal static class TaggerFeatures
{
    /// <summary>The feature-set version written into models.</summary>
    public const int Version = 5;

    /// <summary>Most features one word gets.</summary>
    public const int Max = 56;

    private enum T : ulong
    {
        Bias = 1, Lower, Suffix1, Suffix2, Suffix3, Suffix4, Prefix1, Prefix2, Prefix3, Shape, Flags,
        Prev1, Prev2, Prev12, Prev1Lower, Prev1Suffix3,
        LowerM1, Suffix3M1, LowerM2, LowerP1, Suffix3P1, LowerP2, ShapeM1, ShapeP1, BigramM1, BigramP1,
        Ambiguity, AmbiguityP1, AmbiguityP2, AmbiguityM1, Prev1Ambiguity, AmbiguityBigram,
        Form, FormM1, FormP1, FlagsLower, ShapeSuffix3,
        Cluster, ClusterM1, ClusterP1, ClusterP2, Prev1Cluster,
        Next1, Next2, Next12, Prev1Next1, Next1Lower, Next1Suffix3,
        FlagsM1, FlagsP1, Prev1Flags,
    }

    /// <summary>Writes the features of word <paramref name="i"/> into <paramref name="features"/>; returns how many.</summary>
    /// <param name="words">The sentence's words.</param>
    /// <param name="i">The word to tag.</param>
    /// <param name="prev1">The class given to word i-1, or -1 at the start.</param>
    /// <param name="prev2">The class given to word i-2, or -1 before the start.</param>
    /// <param name="next">For the second pass, the first pass's classes of the sentence; else empty.</param>
    /// <param name="features">At least <see cref="Max"/> slots.</param>
    /// <param name="useClusters">Whether the model has word clusters.</param>
    public static int Extract(ReadOnlySpan<WordHashes> words, int i, int prev1, int prev2, ReadOnlySpan<int> next, Span<ulong> features, bool useClusters)
    {
        ref readonly var w = ref words[i];
        ref readonly var m1 = ref i >= 1 ? ref words[i - 1] : ref WordHashes.Start1;
        ref readonly var m2 = ref i >= 2 ? ref words[i - 2] : ref (i >= 1 ? ref WordHashes.Start1 : ref WordHashes.Start2);
        ref readonly var p1 = ref i + 1 < words.Length ? ref words[i + 1] : ref WordHashes.End1;
        ref readonly var p2 = ref i + 2 < words.Length ? ref words[i + 2] : ref (i + 1 < words.Length ? ref WordHashes.End1 : ref WordHashes.End2);
        var t1 = (ulong)(prev1 + 3);
        var t2 = (ulong)(prev2 + 3);
        var flags = (ulong)(w.Flags | (i == 0 ? 256 : 0));
        var n = 0;
        features[n++] = FeatureHash.Mix((ulong)T.Bias, 0);
        features[n++] = FeatureHash.Mix((ulong)T.Lower, w.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.Suffix1, w.Suffix1);
        features[n++] = FeatureHash.Mix((ulong)T.Suffix2, w.Suffix2);
        features[n++] = FeatureHash.Mix((ulong)T.Suffix3, w.Suffix3);
        features[n++] = FeatureHash.Mix((ulong)T.Suffix4, w.Suffix4);
        features[n++] = FeatureHash.Mix((ulong)T.Prefix1, w.Prefix1);
        features[n++] = FeatureHash.Mix((ulong)T.Prefix2, w.Prefix2);
        features[n++] = FeatureHash.Mix((ulong)T.Prefix3, w.Prefix3);
        features[n++] = FeatureHash.Mix((ulong)T.Shape, w.Shape);
        features[n++] = FeatureHash.Mix((ulong)T.Flags, flags);
        features[n++] = FeatureHash.Mix((ulong)T.Prev1, t1);
        features[n++] = FeatureHash.Mix((ulong)T.Prev2, t2);
        features[n++] = FeatureHash.Mix((ulong)T.Prev12, t1, t2);
        features[n++] = FeatureHash.Mix((ulong)T.Prev1Lower, t1, w.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.Prev1Suffix3, t1, w.Suffix3);
        features[n++] = FeatureHash.Mix((ulong)T.LowerM1, m1.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.Suffix3M1, m1.Suffix3);
        features[n++] = FeatureHash.Mix((ulong)T.LowerM2, m2.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.LowerP1, p1.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.Suffix3P1, p1.Suffix3);
        features[n++] = FeatureHash.Mix((ulong)T.LowerP2, p2.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.ShapeM1, m1.Shape);
        features[n++] = FeatureHash.Mix((ulong)T.ShapeP1, p1.Shape);
        features[n++] = FeatureHash.Mix((ulong)T.BigramM1, m1.Lower, w.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.BigramP1, w.Lower, p1.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.Ambiguity, w.Ambiguity);
        features[n++] = FeatureHash.Mix((ulong)T.AmbiguityP1, p1.Ambiguity);
        features[n++] = FeatureHash.Mix((ulong)T.AmbiguityP2, p2.Ambiguity);
        features[n++] = FeatureHash.Mix((ulong)T.AmbiguityM1, m1.Ambiguity);
        features[n++] = FeatureHash.Mix((ulong)T.Prev1Ambiguity, t1, w.Ambiguity);
        features[n++] = FeatureHash.Mix((ulong)T.AmbiguityBigram, w.Ambiguity, p1.Ambiguity);
        features[n++] = FeatureHash.Mix((ulong)T.Form, w.Form);
        features[n++] = FeatureHash.Mix((ulong)T.FormM1, m1.Form);
        features[n++] = FeatureHash.Mix((ulong)T.FormP1, p1.Form);
        features[n++] = FeatureHash.Mix((ulong)T.FlagsLower, flags, w.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.FlagsM1, (ulong)m1.Flags, flags);
        features[n++] = FeatureHash.Mix((ulong)T.FlagsP1, flags, (ulong)p1.Flags);
        features[n++] = FeatureHash.Mix((ulong)T.Prev1Flags, t1, flags);
        features[n++] = FeatureHash.Mix((ulong)T.ShapeSuffix3, w.Shape, w.Suffix3);
        if (!next.IsEmpty)
        {
            var n1 = (ulong)((i + 1 < next.Length ? next[i + 1] : -1) + 3);
            var n2 = (ulong)((i + 2 < next.Length ? next[i + 2] : -1) + 3);
            features[n++] = FeatureHash.Mix((ulong)T.Next1, n1);
            features[n++] = FeatureHash.Mix((ulong)T.Next2, n2);
            features[n++] = FeatureHash.Mix((ulong)T.Next12, n1, n2);
            features[n++] = FeatureHash.Mix((ulong)T.Prev1Next1, t1, n1);
            features[n++] = FeatureHash.Mix((ulong)T.Next1Lower, n1, w.Lower);
            features[n++] = FeatureHash.Mix((ulong)T.Next1Suffix3, n1, w.Suffix3);
        }
        if (useClusters)
        {
            features[n++] = FeatureHash.Mix((ulong)T.Cluster, w.Cluster);
            features[n++] = FeatureHash.Mix((ulong)T.ClusterM1, m1.Cluster);
            features[n++] = FeatureHash.Mix((ulong)T.ClusterP1, p1.Cluster);
            features[n++] = FeatureHash.Mix((ulong)T.ClusterP2, p2.Cluster);
            features[n++] = FeatureHash.Mix((ulong)T.Prev1Cluster, t1, w.Cluster);
        }
        return n;
    }

    /// <summary>Most features <see cref="ExtractWord"/> writes.</summary>
    public const int MaxWord = 16;

    /// <summary>
    /// Writes the features of word <paramref name="w"/> that depend on nothing but the word (its own hashes, ambiguity
    /// class and cluster), wherever it stands: with <see cref="ExtractContext"/>, the same features as
    /// <see cref="Extract"/>, so their weights can be summed once per word type.
    /// </summary>
    public static int ExtractWord(in WordHashes w, Span<ulong> features, bool useClusters)
    {
        var n = 0;
        features[n++] = FeatureHash.Mix((ulong)T.Bias, 0);
        features[n++] = FeatureHash.Mix((ulong)T.Lower, w.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.Suffix1, w.Suffix1);
        features[n++] = FeatureHash.Mix((ulong)T.Suffix2, w.Suffix2);
        features[n++] = FeatureHash.Mix((ulong)T.Suffix3, w.Suffix3);
        features[n++] = FeatureHash.Mix((ulong)T.Suffix4, w.Suffix4);
        features[n++] = FeatureHash.Mix((ulong)T.Prefix1, w.Prefix1);
        features[n++] = FeatureHash.Mix((ulong)T.Prefix2, w.Prefix2);
        features[n++] = FeatureHash.Mix((ulong)T.Prefix3, w.Prefix3);
        features[n++] = FeatureHash.Mix((ulong)T.Shape, w.Shape);
        features[n++] = FeatureHash.Mix((ulong)T.Ambiguity, w.Ambiguity);
        features[n++] = FeatureHash.Mix((ulong)T.Form, w.Form);
        features[n++] = FeatureHash.Mix((ulong)T.ShapeSuffix3, w.Shape, w.Suffix3);
        if (useClusters)
            features[n++] = FeatureHash.Mix((ulong)T.Cluster, w.Cluster);
        return n;
    }

    /// <summary>Most features <see cref="ExtractAsPrevious"/>, <see cref="ExtractAsNext"/> or <see cref="ExtractAsSecondNext"/> writes.</summary>
    public const int MaxNeighbour = 6;

    /// <summary>Neighbour flags for <see cref="ExtractContext"/>: the features of that neighbour are summed elsewhere.</summary>
    public const int PreviousSummed = 1, NextSummed = 2, SecondNextSummed = 4;

    /// <summary>The features word i-1 (<paramref name="m1"/>) gives word i that depend on nothing else.</summary>
    public static int ExtractAsPrevious(in WordHashes m1, Span<ulong> features, bool useClusters)
    {
        var n = 0;
        features[n++] = FeatureHash.Mix((ulong)T.LowerM1, m1.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.Suffix3M1, m1.Suffix3);
        features[n++] = FeatureHash.Mix((ulong)T.ShapeM1, m1.Shape);
        features[n++] = FeatureHash.Mix((ulong)T.AmbiguityM1, m1.Ambiguity);
        features[n++] = FeatureHash.Mix((ulong)T.FormM1, m1.Form);
        if (useClusters)
            features[n++] = FeatureHash.Mix((ulong)T.ClusterM1, m1.Cluster);
        return n;
    }

    /// <summary>The features word i+1 (<paramref name="p1"/>) gives word i that depend on nothing else.</summary>
    public static int ExtractAsNext(in WordHashes p1, Span<ulong> features, bool useClusters)
    {
        var n = 0;
        features[n++] = FeatureHash.Mix((ulong)T.LowerP1, p1.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.Suffix3P1, p1.Suffix3);
        features[n++] = FeatureHash.Mix((ulong)T.ShapeP1, p1.Shape);
        features[n++] = FeatureHash.Mix((ulong)T.AmbiguityP1, p1.Ambiguity);
        features[n++] = FeatureHash.Mix((ulong)T.FormP1, p1.Form);
        if (useClusters)
            features[n++] = FeatureHash.Mix((ulong)T.ClusterP1, p1.Cluster);
        return n;
    }

    /// <summary>The features word i+2 (<paramref name="p2"/>) gives word i that depend on nothing else.</summary>
    public static int ExtractAsSecondNext(in WordHashes p2, Span<ulong> features, bool useClusters)
    {
        var n = 0;
        features[n++] = FeatureHash.Mix((ulong)T.LowerP2, p2.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.AmbiguityP2, p2.Ambiguity);
        if (useClusters)
            features[n++] = FeatureHash.Mix((ulong)T.ClusterP2, p2.Cluster);
        return n;
    }

    /// <summary>
    /// The features of word <paramref name="i"/> that <see cref="ExtractWord"/> leaves out (parameters as for
    /// <see cref="Extract"/>), but for those of the neighbours marked in <paramref name="summed"/>
    /// (<see cref="PreviousSummed"/>, ...), which the caller adds from <see cref="ExtractAsPrevious"/> and the like.
    /// </summary>
    public static int ExtractContext(ReadOnlySpan<WordHashes> words, int i, int prev1, int prev2, ReadOnlySpan<int> next, Span<ulong> features, bool useClusters, int summed)
    {
        ref readonly var w = ref words[i];
        ref readonly var m1 = ref i >= 1 ? ref words[i - 1] : ref WordHashes.Start1;
        ref readonly var m2 = ref i >= 2 ? ref words[i - 2] : ref (i >= 1 ? ref WordHashes.Start1 : ref WordHashes.Start2);
        ref readonly var p1 = ref i + 1 < words.Length ? ref words[i + 1] : ref WordHashes.End1;
        ref readonly var p2 = ref i + 2 < words.Length ? ref words[i + 2] : ref (i + 1 < words.Length ? ref WordHashes.End1 : ref WordHashes.End2);
        var t1 = (ulong)(prev1 + 3);
        var t2 = (ulong)(prev2 + 3);
        var flags = (ulong)(w.Flags | (i == 0 ? 256 : 0));
        var n = 0;
        features[n++] = FeatureHash.Mix((ulong)T.Flags, flags);
        features[n++] = FeatureHash.Mix((ulong)T.Prev1, t1);
        features[n++] = FeatureHash.Mix((ulong)T.Prev2, t2);
        features[n++] = FeatureHash.Mix((ulong)T.Prev12, t1, t2);
        features[n++] = FeatureHash.Mix((ulong)T.Prev1Lower, t1, w.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.Prev1Suffix3, t1, w.Suffix3);
        features[n++] = FeatureHash.Mix((ulong)T.LowerM2, m2.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.BigramM1, m1.Lower, w.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.BigramP1, w.Lower, p1.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.Prev1Ambiguity, t1, w.Ambiguity);
        features[n++] = FeatureHash.Mix((ulong)T.AmbiguityBigram, w.Ambiguity, p1.Ambiguity);
        features[n++] = FeatureHash.Mix((ulong)T.FlagsLower, flags, w.Lower);
        features[n++] = FeatureHash.Mix((ulong)T.FlagsM1, (ulong)m1.Flags, flags);
        features[n++] = FeatureHash.Mix((ulong)T.FlagsP1, flags, (ulong)p1.Flags);
        features[n++] = FeatureHash.Mix((ulong)T.Prev1Flags, t1, flags);
        if ((summed & PreviousSummed) == 0)
            n += ExtractAsPrevious(in m1, features[n..], useClusters);
        if ((summed & NextSummed) == 0)
            n += ExtractAsNext(in p1, features[n..], useClusters);
        if ((summed & SecondNextSummed) == 0)
            n += ExtractAsSecondNext(in p2, features[n..], useClusters);
        if (!next.IsEmpty)
        {
            var n1 = (ulong)((i + 1 < next.Length ? next[i + 1] : -1) + 3);
            var n2 = (ulong)((i + 2 < next.Length ? next[i + 2] : -1) + 3);
            features[n++] = FeatureHash.Mix((ulong)T.Next1, n1);
            features[n++] = FeatureHash.Mix((ulong)T.Next2, n2);
            features[n++] = FeatureHash.Mix((ulong)T.Next12, n1, n2);
            features[n++] = FeatureHash.Mix((ulong)T.Prev1Next1, t1, n1);
            features[n++] = FeatureHash.Mix((ulong)T.Next1Lower, n1, w.Lower);
            features[n++] = FeatureHash.Mix((ulong)T.Next1Suffix3, n1, w.Suffix3);
        }
        if (useClusters)
            features[n++] = FeatureHash.Mix((ulong)T.Prev1Cluster, t1, w.Cluster);
        return n;
    }
}
