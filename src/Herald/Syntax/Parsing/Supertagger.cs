using Herald.Learning;
using Herald.Syntax.Tagging;
using static Herald.Syntax.Parsing.ParserFeatures;

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
            state.Supertags[i] = (byte)LinearModel.Best(scores[..Classes]);
        }
    }

    /// <summary>Writes the features of word <paramref name="i"/>, whose predecessors are already tagged; returns how many.</summary>
    public static int Features(ParseState s, int i, Span<ulong> f)
    {
        ulong w = W(s, i), wp = W(s, i - 1), wn = W(s, i + 1), wpp = W(s, i - 2), wnn = W(s, i + 2);
        ulong t = T(s, i), tp = T(s, i - 1), tn = T(s, i + 1), tpp = T(s, i - 2), tnn = T(s, i + 2);
        ulong c = C(s, i), cp = C(s, i - 1), cn = C(s, i + 1);
        ulong st1 = i > 1 ? s.Supertags[i - 1] : Before, st2 = i > 2 ? s.Supertags[i - 2] : Before;
        ulong u = s.Upos[i], end = (ulong)Math.Min(s.Count - i, 5), start = (ulong)Math.Min(i - 1, 5);
        var n = 0;
        f[n++] = H(501, w); f[n++] = H(502, t); f[n++] = H(503, w, t);
        f[n++] = H(504, wp); f[n++] = H(505, wn); f[n++] = H(506, wpp); f[n++] = H(507, wnn);
        f[n++] = H(508, tp); f[n++] = H(509, tn); f[n++] = H(510, tpp); f[n++] = H(511, tnn);
        f[n++] = H(512, tp, t); f[n++] = H(513, t, tn); f[n++] = H(514, tp, t, tn);
        f[n++] = H(515, tpp, tp, t); f[n++] = H(516, t, tn, tnn);
        f[n++] = H(517, w, tp); f[n++] = H(518, w, tn); f[n++] = H(519, w, wp); f[n++] = H(520, w, wn);
        f[n++] = H(521, c); f[n++] = H(522, c, t); f[n++] = H(523, cp, t); f[n++] = H(524, cn, t);
        f[n++] = H(525, st1); f[n++] = H(526, st1, st2); f[n++] = H(527, st1, t); f[n++] = H(528, st1, w);
        f[n++] = H(529, st1, tp, t); f[n++] = H(530, t, end); f[n++] = H(531, t, start);
        ulong verbBefore = Nearest(s, i, -1, VerbUpos), verbAfter = Nearest(s, i, 1, VerbUpos);
        f[n++] = H(532, t, verbBefore & 7, verbAfter & 7); f[n++] = H(533, u, s.Shapes[i]);
        f[n++] = H(534, w, st1, tn); f[n++] = H(535, t, verbBefore); f[n++] = H(536, t, verbAfter);
        f[n++] = H(537, w, verbBefore & 7, verbAfter & 7);
        f[n++] = H(538, t, Nearest(s, i, -1, PunctUpos) & 7, Nearest(s, i, 1, PunctUpos) & 7);
        f[n++] = H(539, T(s, i - 3), tpp, tp); f[n++] = H(540, t, tn, T(s, i + 3));
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
