using System.Runtime.CompilerServices;
using Herald.Learning;

namespace Herald.Syntax.Parsing;

/// <summary>
/// The parser's feature templates, in the style of Zhang and Nivre (2011) adapted to arc-hybrid: words and tags
/// of the top three stack items and the first three buffer words, their pairs and triples, the distance between
/// s0 and b0, valencies, the outermost children with their relations, and the sets of relations already
/// attached; the tags of the words beside s0, s1 and b0 in the sentence; and the tagger's distributional word
/// clusters (<see cref="WordClusters"/>) of s0, s1 and b0, b1, alone and with tags, which
/// generalise over rare words; and the predicted supertags (<see cref="Supertagger"/>) of s0..s1 and b0..b2. Word-with-tag pairs of two items were dropped: they overfit. A second set
/// describes one arc for the relation labeller. Bump <see cref="Version"/> on any change.
/// </summary>
internal static class ParserFeatures
{
    /// <summary>The feature-set version stored in the model.</summary>
    public const int Version = 3;

    /// <summary>Most features of one transition decision.</summary>
    public const int MaxTransition = 128;

    /// <summary>Most features of one labelling decision.</summary>
    public const int MaxLabel = 48;

    private const ulong NoLabel = 127;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong H(ulong template, ulong a) => FeatureHash.Mix(template, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong H(ulong template, ulong a, ulong b) => FeatureHash.Mix(FeatureHash.Mix(template, a), b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong H(ulong template, ulong a, ulong b, ulong c) => FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Mix(template, a), b), c);

    private static ulong Bucket(int distance) => distance switch
    {
        <= 0 => 0,
        <= 4 => (ulong)distance,
        <= 6 => 5,
        <= 10 => 6,
        _ => 7,
    };

    /// <summary>Writes the features of the next transition of <paramref name="s"/>; returns how many.</summary>
    public static int Transition(ParseState s, Span<ulong> f)
    {
        int s0 = s.S(0), s1 = s.S(1), s2 = s.S(2), b0 = s.B(0), b1 = s.B(1), b2 = s.B(2);
        int s0l = Child(s.Left1, s0), s0l2 = Child(s.Left2, s0), s0r = Child(s.Right1, s0), s0r2 = Child(s.Right2, s0);
        int b0l = Child(s.Left1, b0), b0l2 = Child(s.Left2, b0), s1l = Child(s.Left1, s1), s1r = Child(s.Right1, s1);
        ulong s0w = W(s, s0), s1w = W(s, s1), b0w = W(s, b0), b1w = W(s, b1), b2w = W(s, b2);
        ulong s0t = T(s, s0), s1t = T(s, s1), s2t = T(s, s2), b0t = T(s, b0), b1t = T(s, b1), b2t = T(s, b2);
        ulong s0lt = T(s, s0l), s0rt = T(s, s0r), b0lt = T(s, b0l), s1lt = T(s, s1l), s1rt = T(s, s1r);
        ulong s0ll = L(s, s0l), s0rl = L(s, s0r), b0ll = L(s, b0l), s1ll = L(s, s1l), s1rl = L(s, s1r);
        ulong s0wt = s0w ^ s0t << 56, s1wt = s1w ^ s1t << 56, b0wt = b0w ^ b0t << 56, b1wt = b1w ^ b1t << 56;
        var n = 0;
        f[n++] = H(1, s0w); f[n++] = H(2, s0t); f[n++] = H(3, s0wt);
        f[n++] = H(4, s1w); f[n++] = H(5, s1t); f[n++] = H(6, s1wt);
        f[n++] = H(7, b0w); f[n++] = H(8, b0t); f[n++] = H(9, b0wt);
        f[n++] = H(10, b1w); f[n++] = H(11, b1t); f[n++] = H(12, b1wt);
        f[n++] = H(13, b2w); f[n++] = H(14, b2t); f[n++] = H(15, s2t);
        // pairs
        f[n++] = H(19, s0wt, b0t); f[n++] = H(20, s0t, b0wt); f[n++] = H(21, s0w, b0w);
        f[n++] = H(22, s0t, b0t); f[n++] = H(23, b0t, b1t); f[n++] = H(24, s0t, s1t);
        f[n++] = H(25, s0w, s1w); f[n++] = H(26, s1wt, s0t); f[n++] = H(27, s1t, s0wt);
        f[n++] = H(30, b0w, b1w);
        // triples
        f[n++] = H(31, b0t, b1t, b2t); f[n++] = H(32, s0t, b0t, b1t); f[n++] = H(33, s1t, s0t, b0t);
        f[n++] = H(34, s2t, s1t, s0t); f[n++] = H(35, s1t, s0t, s0lt); f[n++] = H(36, s1t, s1rt, s0t);
        f[n++] = H(37, s0t, s0lt, b0t); f[n++] = H(38, s0t, s0rt, b0t); f[n++] = H(39, s0t, b0t, b0lt);
        f[n++] = H(40, s1t, s1lt, s0t); f[n++] = H(41, s1t, s0t, s0rt); f[n++] = H(42, s1w, s0t, b0t);
        f[n++] = H(43, s0w, s1t, b0t); f[n++] = H(44, b0w, s0t, s1t);
        // distances
        var d = s0 > 0 && b0 > 0 ? Bucket(b0 - s0) : 0;
        var d1 = s1 > 0 && s0 > 0 ? Bucket(s0 - s1) : 0;
        f[n++] = H(45, s0w, d); f[n++] = H(46, s0t, d); f[n++] = H(47, b0w, d); f[n++] = H(48, b0t, d);
        f[n++] = H(49, s0t, b0t, d); f[n++] = H(50, s1t, s0t, d1); f[n++] = H(51, s0w, b0w, d);
        // valencies
        ulong s0vl = V(s.LeftCount, s0), s0vr = V(s.RightCount, s0), b0vl = V(s.LeftCount, b0), s1vr = V(s.RightCount, s1), s1vl = V(s.LeftCount, s1);
        f[n++] = H(52, s0w, s0vr); f[n++] = H(53, s0t, s0vr); f[n++] = H(54, s0w, s0vl); f[n++] = H(55, s0t, s0vl);
        f[n++] = H(56, b0w, b0vl); f[n++] = H(57, b0t, b0vl); f[n++] = H(58, s1t, s1vr); f[n++] = H(59, s1t, s1vl);
        // outermost children
        f[n++] = H(60, W(s, s0l)); f[n++] = H(61, s0lt); f[n++] = H(62, s0ll);
        f[n++] = H(63, W(s, s0r)); f[n++] = H(64, s0rt); f[n++] = H(65, s0rl);
        f[n++] = H(66, W(s, b0l)); f[n++] = H(67, b0lt); f[n++] = H(68, b0ll);
        f[n++] = H(69, T(s, s0l2), L(s, s0l2)); f[n++] = H(70, T(s, s0r2), L(s, s0r2)); f[n++] = H(71, T(s, b0l2), L(s, b0l2));
        f[n++] = H(72, s1t, s1rl); f[n++] = H(73, s1t, s1ll);
        f[n++] = H(74, s0t, s0ll, L(s, s0l2)); f[n++] = H(75, s0t, s0rl, L(s, s0r2)); f[n++] = H(76, b0t, b0ll, L(s, b0l2));
        // relation sets
        f[n++] = H(77, s0t, Set(s.LeftSets, s0)); f[n++] = H(78, s0t, Set(s.RightSets, s0)); f[n++] = H(79, b0t, Set(s.LeftSets, b0));
        f[n++] = H(80, s1t, Set(s.RightSets, s1));
        // universal tags and shapes
        f[n++] = H(81, U(s, s0), U(s, b0)); f[n++] = H(82, U(s, s1), U(s, s0), U(s, b0));
        f[n++] = H(83, Sh(s, s0), Sh(s, b0), s0t << 8 | b0t); f[n++] = H(84, Sh(s, b0), Sh(s, b1), b0t << 8 | b1t);
        f[n++] = H(85, s.Next > s.Count ? 1UL : 0UL, (ulong)Math.Min(s.StackCount, 4));
        // the tags of the words beside s0, s1 and b0 in the sentence, and of the fourth buffer word
        ulong s0p = Near(s, s0, -1), s0n = Near(s, s0, 1), b0p = Near(s, b0, -1), b3t = T(s, s.B(3));
        f[n++] = H(102, s0t, s0p); f[n++] = H(103, s0t, s0n); f[n++] = H(104, b0t, b0p);
        f[n++] = H(105, s0t, b0t, b0p); f[n++] = H(106, s0t, s0n, b0t); f[n++] = H(107, b1t, b2t, b3t);
        f[n++] = H(108, s1t, Near(s, s1, 1)); f[n++] = H(109, s1t, Near(s, s1, -1)); f[n++] = H(110, s1t, s0t, s0p);
        f[n++] = H(111, C(s, s0), s0n); f[n++] = H(112, C(s, b0), b0p);
        // word clusters
        ulong s0c = C(s, s0), s1c = C(s, s1), b0c = C(s, b0), b1c = C(s, b1);
        f[n++] = H(86, s0c); f[n++] = H(87, b0c); f[n++] = H(88, s1c); f[n++] = H(89, b1c);
        f[n++] = H(91, s0c, b0t); f[n++] = H(92, s0t, b0c); f[n++] = H(94, s1c, s0t); f[n++] = H(95, s1t, s0c);
        // supertags: each word's predicted relation and head direction
        ulong s0s = St(s, s0), s1s = St(s, s1), b0s = St(s, b0), b1s = St(s, b1), b2s = St(s, b2);
        f[n++] = H(120, s0s); f[n++] = H(121, s1s); f[n++] = H(122, b0s); f[n++] = H(123, b1s); f[n++] = H(124, b2s);
        f[n++] = H(125, s0s, b0s); f[n++] = H(126, s1s, s0s); f[n++] = H(127, s0s, b0t); f[n++] = H(128, s0t, b0s);
        f[n++] = H(129, b0s, b1s); f[n++] = H(130, s0w, s0s); f[n++] = H(131, b0w, b0s); f[n++] = H(132, s1s, s0s, b0s);
        f[n++] = H(133, s0s, b0s, b1s); f[n++] = H(134, s0s, b0s, d); f[n++] = H(135, s0s, s0vr); f[n++] = H(136, b0s, b0vl);
        return n;
    }

    /// <summary>Writes the features of the relation of the arc <paramref name="head"/> to <paramref name="dependent"/>; returns how many.</summary>
    public static int Label(ParseState s, int head, int dependent, Span<ulong> f)
    {
        ulong left = dependent < head ? 1UL : 2UL;
        var d = Bucket(Math.Abs(head - dependent));
        ulong hw = W(s, head), ht = T(s, head), dw = W(s, dependent), dt = T(s, dependent);
        ulong hwt = hw ^ ht << 56, dwt = dw ^ dt << 56;
        var sibling = dependent < head ? s.Left1[head] : s.Right1[head];
        var siblings = dependent < head ? s.LeftSets[head] : s.RightSets[head];
        var n = 0;
        ulong t = left << 8;
        f[n++] = H(t + 1, hw); f[n++] = H(t + 2, ht); f[n++] = H(t + 3, hwt);
        f[n++] = H(t + 4, dw); f[n++] = H(t + 5, dt); f[n++] = H(t + 6, dwt);
        f[n++] = H(t + 7, hw, dw); f[n++] = H(t + 8, ht, dt); f[n++] = H(t + 9, hwt, dt);
        f[n++] = H(t + 10, ht, dwt); f[n++] = H(t + 11, hw, dt); f[n++] = H(t + 12, ht, dw);
        f[n++] = H(t + 13, ht, dt, d); f[n++] = H(t + 14, dt, d); f[n++] = H(t + 15, U(s, head), U(s, dependent));
        f[n++] = H(t + 16, dt, s.LeftSets[dependent]); f[n++] = H(t + 17, dt, s.RightSets[dependent]);
        f[n++] = H(t + 18, dt, L(s, s.Left1[dependent])); f[n++] = H(t + 19, dt, L(s, s.Right1[dependent]));
        f[n++] = H(t + 20, ht, siblings); f[n++] = H(t + 21, ht, dt, L(s, sibling));
        f[n++] = H(t + 22, dt, T(s, dependent - 1), T(s, dependent + 1 <= s.Count ? dependent + 1 : -1));
        f[n++] = H(t + 23, ht, T(s, head - 1), T(s, head + 1 <= s.Count ? head + 1 : -1));
        f[n++] = H(t + 24, dwt, ht, Sh(s, dependent));
        f[n++] = H(t + 25, Sh(s, dependent), Sh(s, head), dt << 8 | ht);
        f[n++] = H(t + 26, dt, V(s.LeftCount, dependent), V(s.RightCount, dependent));
        f[n++] = H(t + 27, dw, L(s, s.Left1[dependent]));
        f[n++] = H(t + 28, hw, dt, L(s, sibling));
        f[n++] = H(t + 29, ht, dt, s.LeftSets[dependent] ^ s.RightSets[dependent] << 1);
        f[n++] = H(t + 30, dw, W(s, dependent - 1 >= 1 ? dependent - 1 : -1));
        f[n++] = H(t + 31, ht, dt, Head(s, head));
        ulong hc = C(s, head), dc = C(s, dependent);
        f[n++] = H(t + 32, hc); f[n++] = H(t + 33, dc); f[n++] = H(t + 34, hc, dc);
        f[n++] = H(t + 35, hc, dt); f[n++] = H(t + 36, ht, dc); f[n++] = H(t + 37, hc, dc, d);
        ulong ds = St(s, dependent), hs = St(s, head);
        f[n++] = H(t + 38, ds); f[n++] = H(t + 39, ds, ht); f[n++] = H(t + 40, ds, hs); f[n++] = H(t + 41, ds, dt, hw);
        return n;
    }

    private static int Child(int[] children, int i) => i < 0 ? -1 : children[i];

    private static ulong Head(ParseState s, int i) => s.Heads[i] < 0 ? ParseState.NoTag : T(s, s.Heads[i]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong W(ParseState s, int i) => i < 0 ? ParseState.NoWord : s.Words[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong T(ParseState s, int i) => i < 0 ? ParseState.NoTag : s.Tags[i];

    /// <summary>The tag of the word <paramref name="offset"/> places from word <paramref name="i"/> in the sentence (the root tag past either end).</summary>
    private static ulong Near(ParseState s, int i, int offset) => i <= 0 ? ParseState.NoTag : i + offset < 1 || i + offset > s.Count ? ParseState.RootTag : s.Tags[i + offset];

    private static ulong C(ParseState s, int i) => i < 0 ? ParseState.NoWord : s.Clusters[i];

    private static ulong St(ParseState s, int i) => i < 0 ? ParseState.NoTag : s.Supertags[i];

    private static ulong U(ParseState s, int i) => i < 0 ? ParseState.NoTag : s.Upos[i];

    private static ulong Sh(ParseState s, int i) => i < 0 ? ParseState.NoTag : s.Shapes[i];

    private static ulong L(ParseState s, int i) => i < 0 ? NoLabel : (ulong)s.Labels[i];

    private static ulong V(byte[] counts, int i) => i < 0 ? 255UL : Math.Min(counts[i], (byte)5);

    private static ulong Set(ulong[] sets, int i) => i < 0 ? ulong.MaxValue : sets[i];
}
