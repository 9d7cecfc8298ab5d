using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Herald.Learning;

/// <summary>
/// A compact, read-only linear classifier: an open-addressing table from feature hash to a row of 16-bit
/// class weights, padded for SIMD. Scores are summed in 16 bits: the weights are quantised so that up to
/// <see cref="MaxFeatures"/> features can never overflow. Immutable; one instance serves every thread.
/// </summary>
public sealed class LinearModel
{
    /// <summary>Most classes a model may have.</summary>
    public const int MaxClasses = 255;

    /// <summary>Most features one prediction may use.</summary>
    public const int MaxFeatures = 48;

    /// <summary>The largest quantised weight: <see cref="MaxFeatures"/> of them still fit in a short.</summary>
    public const short Levels = short.MaxValue / MaxFeatures;

    private readonly Slot[] _slots;
    private readonly short[] _weights;
    private readonly int _mask;

    private LinearModel(int classes, float scale, ReadOnlySpan<ulong> keys, ReadOnlySpan<short> rows)
    {
        Classes = classes;
        Scale = scale;
        Stride = (classes + Vector<short>.Count - 1) / Vector<short>.Count * Vector<short>.Count;
        FeatureCount = keys.Length;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _weights = new short[(keys.Length + 1) * Stride]; // row 0 stays zero: the answer for unknown features
        for (var r = 0; r < keys.Length; r++)
        {
            rows.Slice(r * classes, classes).CopyTo(_weights.AsSpan((r + 1) * Stride));
            var i = (int)keys[r] & _mask;
            while (_slots[i].Key != 0)
            {
                if (_slots[i].Key == keys[r])
                    throw new InvalidDataException($"feature {keys[r]:x16} appears twice");
                i = (i + 1) & _mask;
            }
            _slots[i] = new Slot(keys[r], (r + 1) * Stride);
        }
    }

    /// <summary>Number of classes.</summary>
    public int Classes { get; }

    /// <summary>Length of a score buffer: <see cref="Classes"/> rounded up to whole SIMD vectors.</summary>
    public int Stride { get; }

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount { get; }

    /// <summary>What one quantised unit is worth in the original weights.</summary>
    public float Scale { get; }

    /// <summary>Whether <paramref name="feature"/> has weights.</summary>
    public bool Contains(ulong feature) => Find(feature) != 0;

    /// <summary>Sums the weight rows of <paramref name="features"/> into <paramref name="scores"/> (at least <see cref="Stride"/> long).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<short> scores)
    {
        if (features.Length > MaxFeatures)
            throw new ArgumentException($"at most {MaxFeatures} features", nameof(features));
        if (scores.Length < Stride)
            throw new ArgumentException($"scores needs {Stride} slots", nameof(scores));
        var sums = MemoryMarshal.Cast<short, Vector<short>>(scores[..Stride]);
        sums.Clear();
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        foreach (var feature in features)
        {
            var offset = Find(feature);
            if (offset == 0)
                continue;
            ref var row = ref Unsafe.As<short, Vector<short>>(ref Unsafe.Add(ref weights, offset));
            for (var v = 0; v < sums.Length; v++)
                sums[v] += Unsafe.Add(ref row, v);
        }
    }

    /// <summary>The best class for <paramref name="features"/> (the lowest index on ties).</summary>
    public int Predict(ReadOnlySpan<ulong> features)
    {
        Span<short> scores = stackalloc short[Stride];
        Score(features, scores);
        return ArgMax(scores[..Classes]);
    }

    /// <summary>The index of the largest value, the lowest on ties.</summary>
    public static int ArgMax(ReadOnlySpan<short> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
                best = c;
        }
        return best;
    }

    /// <summary>
    /// Builds a model from float weights (<paramref name="weights"/> holds one row of
    /// <paramref name="classes"/> per key), quantised against <paramref name="maxAbs"/>; all-zero rows are dropped.
    /// </summary>
    public static LinearModel Quantise(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> weights, int classes, float maxAbs)
    {
        var scale = maxAbs > 0 ? maxAbs / Levels : 1f;
        var keptKeys = new List<ulong>(keys.Length);
        var kept = new List<short>(keys.Length * classes / 4);
        Span<short> row = stackalloc short[classes];
        for (var r = 0; r < keys.Length; r++)
        {
            var any = false;
            for (var c = 0; c < classes; c++)
            {
                var q = (int)MathF.Round(weights[r * classes + c] / scale);
                row[c] = (short)Math.Clamp(q, -Levels, Levels);
                any |= row[c] != 0;
            }
            if (!any)
                continue;
            keptKeys.Add(keys[r]);
            foreach (var q in row)
                kept.Add(q);
        }
        return new LinearModel(classes, scale, CollectionsMarshal.AsSpan(keptKeys), CollectionsMarshal.AsSpan(kept));
    }

    /// <summary>Writes the model: classes, scale, then each feature with its non-zero weights, in a stable order.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var order = _slots.Where(s => s.Key != 0).OrderBy(s => s.Offset).ToArray();
        writer.Write(Classes);
        writer.Write(Scale);
        writer.Write(order.Length);
        foreach (var slot in order)
        {
            writer.Write(slot.Key);
            var row = _weights.AsSpan(slot.Offset, Classes);
            var nonZero = 0;
            foreach (var w in row)
                nonZero += w != 0 ? 1 : 0;
            writer.Write((byte)nonZero);
            for (var c = 0; c < row.Length; c++)
            {
                if (row[c] == 0)
                    continue;
                writer.Write((byte)c);
                writer.Write(row[c]);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The data is not a valid model.</exception>
    public static LinearModel Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var classes = reader.ReadInt32();
        var scale = reader.ReadSingle();
        var count = reader.ReadInt32();
        if (classes is < 2 or > MaxClasses || count < 0 || count > 50_000_000 || !(scale > 0))
            throw new InvalidDataException("bad linear model header");
        var keys = new ulong[count];
        var rows = new short[(long)count * classes];
        for (var r = 0; r < count; r++)
        {
            keys[r] = reader.ReadUInt64();
            if (keys[r] == 0)
                throw new InvalidDataException("feature hash 0 is reserved");
            int nonZero = reader.ReadByte();
            for (var k = 0; k < nonZero; k++)
            {
                int c = reader.ReadByte();
                if (c >= classes)
                    throw new InvalidDataException($"class {c} out of range");
                rows[r * classes + c] = reader.ReadInt16();
            }
        }
        return new LinearModel(classes, scale, keys, rows);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ulong feature)
    {
        var slots = _slots;
        var i = (int)feature & _mask;
        while (true)
        {
            ref readonly var slot = ref slots[i];
            if (slot.Key == feature)
                return slot.Offset;
            if (slot.Key == 0)
                return 0;
            i = (i + 1) & _mask;
        }
    }

    private readonly record struct Slot(ulong Key, int Offset);
}
