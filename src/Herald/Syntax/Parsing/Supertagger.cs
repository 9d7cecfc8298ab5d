using System.Runtime.CompilerServices;
using Herald.Learning;
using Herald.Syntax.Tagging;

namespace Herald.Syntax.Parsing;

/// <summary>
/// Predicts each word's supertag before parsing: its relation to its head and whether the head lies to its
/// left or right (Ouchi, Duh and Matsumoto 2014 show such tags, predicted by a fast sequence labeller, help a
/// transition parser by giving it a look at the words still in the buffer). Greedy, left to right, one linear
/// model over the words, tags and word clusters around each word and the two supertags before it.
/// </summary>
internal sealed class Supertagger
{
    /// <summary>The number of supertags: a relation and a head direction each.</summary>
    public static int Classes => 2 * DependencyLabels.Count;

    /// <summary>Most features of one word.</summary>
    public const int MaxFeatures = 48;

    private const byte Before = 254;

    public Supertagger(LinearModel model)
    {
        if (model.Classes != Classes)
            throw new InvalidDataException($"the supertag model has {model.Classes} classes, not {Classes}");
        Model = model;
    }

    public LinearModel Model { get; }

    /// <summary>The supertag of a word with relation <paramref name="label"/> whose head comes after it or not.</summary>
    public static byte Of(int label, bool headAfter) => (byte)(label * 2 + (headAfter ? 1 : 0));

    /// <summary>The gold supertags of <paramref name="sentence"/> (index 0 unused).</summary>
    public static byte[] Gold(ParserSentence sentence)
    {
        var tags = new byte[sentence.Count + 1];
        for (var i = 1; i <= sentence.Count; i++)
            tags[i] = Of(sentence.Labels[i], sentence.Heads[i] > i);
        return tags;
    }

    /// <summary>Fills <see cref="ParseState.Supertags"/> of the words loaded in <paramref name="state"/>.</summary>
    public void Tag(ParseState state)
    {
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<int> scores = stackalloc int[Model.Stride];
        for (var i = 1; i <= state.Count; i++)
        {
            var n = Features(state, i, features);
            Model.Score(features[..n], scores);
            state.Supertags[i] = (byte)LinearModel.ArgMax(scores[..Classes], UInt128.Zero, out _);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong H(ulong template, ulong a) => FeatureHash.Mix(template + 500, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong H(ulong template, ulong a, ulong b) => FeatureHash.Mix(FeatureHash.Mix(template + 500, a), b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong H(ulong template, ulong a, ulong b, ulong c) => FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Mix(template + 500, a), b), c);

    /// <summary>Writes the features of word <paramref name="i"/>, whose predecessors are already tagged; returns how many.</summary>
    public static int Features(ParseState s, int i, Span<ulong> f)
    {
        ulong w = W(s, i), wp = W(s, i - 1), wn = W(s, i + 1), wpp = W(s, i - 2), wnn = W(s, i + 2);
        ulong t = T(s, i), tp = T(s, i - 1), tn = T(s, i + 1), tpp = T(s, i - 2), tnn = T(s, i + 2);
        ulong c = C(s, i), cp = C(s, i - 1), cn = C(s, i + 1);
        ulong st1 = i > 1 ? s.Supertags[i - 1] : Before, st2 = i > 2 ? s.Supertags[i - 2] : Before;
        ulong u = s.Upos[i], end = (ulong)Math.Min(s.Count - i, 5), start = (ulong)Math.Min(i - 1, 5);
        var n = 0;
        f[n++] = H(1, w); f[n++] = H(2, t); f[n++] = H(3, w, t);
        f[n++] = H(4, wp); f[n++] = H(5, wn); f[n++] = H(6, wpp); f[n++] = H(7, wnn);
        f[n++] = H(8, tp); f[n++] = H(9, tn); f[n++] = H(10, tpp); f[n++] = H(11, tnn);
        f[n++] = H(12, tp, t); f[n++] = H(13, t, tn); f[n++] = H(14, tp, t, tn);
        f[n++] = H(15, tpp, tp, t); f[n++] = H(16, t, tn, tnn);
        f[n++] = H(17, w, tp); f[n++] = H(18, w, tn); f[n++] = H(19, w, wp); f[n++] = H(20, w, wn);
        f[n++] = H(21, c); f[n++] = H(22, c, t); f[n++] = H(23, cp, t); f[n++] = H(24, cn, t);
        f[n++] = H(25, st1); f[n++] = H(26, st1, st2); f[n++] = H(27, st1, t); f[n++] = H(28, st1, w);
        f[n++] = H(29, st1, tp, t); f[n++] = H(30, t, end); f[n++] = H(31, t, start);
        ulong verbBefore = Nearest(s, i, -1, VerbUpos), verbAfter = Nearest(s, i, 1, VerbUpos);
        f[n++] = H(32, t, verbBefore & 7, verbAfter & 7); f[n++] = H(33, u, s.Shapes[i]);
        f[n++] = H(34, w, st1, tn); f[n++] = H(35, t, verbBefore); f[n++] = H(36, t, verbAfter);
        f[n++] = H(37, w, verbBefore & 7, verbAfter & 7);
        f[n++] = H(38, t, Nearest(s, i, -1, PunctUpos) & 7, Nearest(s, i, 1, PunctUpos) & 7);
        f[n++] = H(39, T(s, i - 3), tpp, tp); f[n++] = H(40, t, tn, T(s, i + 3));
        return n;
    }

    /// <summary>
    /// How far the nearest word of universal tag <paramref name="upos"/> lies in direction <paramref name="step"/>
    /// (bucketed in the low 3 bits; 0: none) and its Penn tag above them: a cue for where the head is.
    /// </summary>
    private static ulong Nearest(ParseState s, int i, int step, byte upos)
    {
        for (int j = i + step, d = 1; j >= 1 && j <= s.Count; j += step, d++)
        {
            if (s.Upos[j] == upos)
                return (ulong)s.Tags[j] << 3 | (d <= 3 ? (ulong)d : d <= 7 ? 4UL : 5UL);
        }
        return 0;
    }

    private static readonly byte VerbUpos = (byte)(UniversalTags.IdOf("VERB") + 1);
    private static readonly byte PunctUpos = (byte)(UniversalTags.IdOf("PUNCT") + 1);

    private static ulong W(ParseState s, int i) => i < 1 || i > s.Count ? ParseState.NoWord : s.Words[i];

    private static ulong T(ParseState s, int i) => i < 1 || i > s.Count ? ParseState.NoTag : s.Tags[i];

    private static ulong C(ParseState s, int i) => i < 1 || i > s.Count ? ParseState.NoWord : s.Clusters[i];
}
