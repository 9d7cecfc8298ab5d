using System.Runtime.CompilerServices;
using Herald.Learning;
using Herald.Syntax.Lemmas;

namespace Herald.Syntax.Tagging;

/// <summary>
/// A memory of recent word types for one <see cref="TaggerModel"/>: for each, its
/// <see cref="WordHashes"/> with the model's classes filled in, the summed weights of its word-only features
/// (<see cref="TaggerFeatures.ExtractWord"/>) in each pass, computed when first needed, and the lemma edits of
/// its last two tags. Entries are keyed by the exact chars, so a hit gives exactly what computing afresh would.
/// Two-way set-associative and bounded: a new word evicts the less recently used word of its set. Not thread-safe: one user at a time (see <see cref="TaggerModel.RentCache"/>).
/// </summary>
internal sealed class TaggerCache
{
    /// <summary>Longest word kept (longer words are always computed afresh).</summary>
    public const int MaxChars = 24;

    private const int Bits = 14;
    private const int Entries = 1 << Bits;
    private const byte FirstReady = 1, SecondReady = 2;

    private readonly char[] _chars = new char[Entries * MaxChars];
    private readonly byte[] _lengths = new byte[Entries]; // 0: empty
    private readonly byte[] _ready = new byte[Entries];
    private readonly byte[] _recent = new byte[Entries / 2]; // the way of each set used last
    private readonly WordHashes[] _words = new WordHashes[Entries];
    private readonly ulong[] _lemmas = new ulong[Entries * 2]; // (xpos + 1) << 32 | (uint)edit; 0: none
    private readonly int[] _first;
    private readonly int[] _second;
    private readonly int _firstStride;
    private readonly int _secondStride;

    public TaggerCache(TaggerModel model)
    {
        Model = model;
        _firstStride = model.Weights.Stride;
        _first = new int[Entries * 4 * _firstStride];
        _secondStride = model.SecondPass?.Stride ?? 0;
        _second = new int[Entries * 4 * _secondStride];
    }

    /// <summary>The model the entries belong to.</summary>
    public TaggerModel Model { get; }

    /// <summary>
    /// The entry of <paramref name="form"/>, filling <paramref name="word"/> from it; on a miss the word is
    /// computed and takes the slot, and <paramref name="evicted"/> tells whether it pushed out another word.
    /// -1 (and <paramref name="word"/> computed afresh) for a word too long or empty to keep.
    /// </summary>
    public int Find(ReadOnlySpan<char> form, out WordHashes word, out bool evicted)
    {
        evicted = false;
        if (form.Length is 0 or > MaxChars)
        {
            word = WordHashes.Of(form);
            Model.AddWordClasses(new Span<WordHashes>(ref word));
            return -1;
        }
        // Two ways per set; a new word replaces the one less recently used.
        var set = (int)(FeatureHash.Chars(form) * 0x9E3779B97F4A7C15UL >> (64 - Bits + 1));
        var e = 2 * set;
        if (Holds(e, form) || Holds(++e, form))
        {
            _recent[set] = (byte)(e & 1);
            word = _words[e];
            return e;
        }
        e = 2 * set + (_recent[set] ^ 1);
        _recent[set] = (byte)(e & 1);
        var chars = _chars.AsSpan(e * MaxChars, MaxChars);
        evicted = _lengths[e] != 0;
        word = WordHashes.Of(form);
        Model.AddWordClasses(new Span<WordHashes>(ref word));
        form.CopyTo(chars);
        _lengths[e] = (byte)form.Length;
        _ready[e] = 0;
        _words[e] = word;
        _lemmas[2 * e] = 0;
        _lemmas[2 * e + 1] = 0;
        return e;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Holds(int e, ReadOnlySpan<char> form) =>
        _lengths[e] == form.Length && _chars.AsSpan(e * MaxChars, form.Length).SequenceEqual(form);

    /// <summary>
    /// The summed weights, in the first or second pass, of entry <paramref name="e"/>'s word-only features
    /// (<see cref="TaggerFeatures.ExtractWord"/>), then of the features it gives the word after it
    /// (<see cref="TaggerFeatures.ExtractAsPrevious"/>), the word before it (<see cref="TaggerFeatures.ExtractAsNext"/>)
    /// and the word two before (<see cref="TaggerFeatures.ExtractAsSecondNext"/>): four vectors of the weights' Stride.
    /// </summary>
    public ReadOnlySpan<int> Partials(int e, bool second, LinearModel weights, bool useClusters)
    {
        var stride = weights.Stride;
        var scores = (second ? _second : _first).AsSpan(e * 4 * stride, 4 * stride);
        var flag = second ? SecondReady : FirstReady;
        if ((_ready[e] & flag) == 0)
        {
            Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxWord];
            ref readonly var word = ref _words[e];
            weights.Score(features[..TaggerFeatures.ExtractWord(in word, features, useClusters)], scores[..stride]);
            weights.Score(features[..TaggerFeatures.ExtractAsPrevious(in word, features, useClusters)], scores.Slice(stride, stride));
            weights.Score(features[..TaggerFeatures.ExtractAsNext(in word, features, useClusters)], scores.Slice(2 * stride, stride));
            weights.Score(features[..TaggerFeatures.ExtractAsSecondNext(in word, features, useClusters)], scores.Slice(3 * stride, stride));
            _ready[e] |= flag;
        }
        return scores;
    }

    /// <summary>The lemma edit of entry <paramref name="e"/> (whose chars are <paramref name="form"/>) tagged <paramref name="xpos"/>.</summary>
    public int Edit(int e, ReadOnlySpan<char> form, int xpos, Lemmatizer lemmatizer)
    {
        var key = (ulong)(uint)(xpos + 1) << 32;
        var first = _lemmas[2 * e];
        if ((first & 0xFFFFFFFF00000000UL) == key)
            return (int)(uint)first;
        var second = _lemmas[2 * e + 1];
        if ((second & 0xFFFFFFFF00000000UL) == key)
            return (int)(uint)second;
        var edit = lemmatizer.EditFor(form, xpos);
        _lemmas[2 * e + 1] = first;
        _lemmas[2 * e] = key | (uint)edit;
        return edit;
    }
}
