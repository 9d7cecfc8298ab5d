using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Herald.Learning;

/// <summary>
/// A compact, read-only linear classifier over hashed features. Most averaged perceptron rows are sparse (a
/// few classes per feature): those keep only their non-zero weights, packed as (class, 16-bit weight); the few
/// dense rows (frequent features) are stored whole and added with SIMD. An open-addressing table of 8-byte
/// slots (a 32-bit fingerprint of the hash, where its weights start, how many) finds a row. Weights are 16-bit,
/// sums 32-bit. Immutable; one instance serves every thread.
/// </summary>
public sealed class LinearModel
{
    /// <summary>Most classes a model may have (class sets are 128-bit masks).</summary>
    public const int MaxClasses = 128;

    /// <summary>Most features one prediction may use.</summary>
    public const int MaxFeatures = 64;

    /// <summary>The largest quantised weight.</summary>
    public const short Levels = short.MaxValue;

    private const int MaxEntries = 1 << 24;
    private const int DenseAbove = 8;
    private const byte DenseMark = 0xFF;

    private readonly ulong[] _slots;    // fingerprint << 32 | start << 8 | count (DenseMark: a whole row); 0 = empty
    private readonly uint[] _weights;   // sparse rows: class << 16 | (ushort)weight; dense rows: Stride shorts
    private readonly ulong[] _keys;     // row order, for Write
    private readonly byte[] _counts;    // entries per row, for Write
    private readonly ulong _capacity;

    private LinearModel(int classes, float scale, ulong[] keys, byte[] counts, uint[] entries)
    {
        if (entries.Length >= MaxEntries)
            throw new InvalidDataException("too many weights");
        Classes = classes;
        Stride = (classes + Vector<short>.Count - 1) / Vector<short>.Count * Vector<short>.Count; // whole vectors of shorts, so of ints too
        Scale = scale;
        _keys = keys;
        _counts = counts;
        WeightCount = entries.Length;
        // Two slots for every three features: linear probing stays short, and the table is a third of the memory
        // a power-of-two size could take.
        var capacity = Math.Max(16, keys.Length + keys.Length / 2 + 1);
        _slots = new ulong[capacity];
        _capacity = (ulong)capacity;
        // A row goes dense (a whole vector of shorts, summed with SIMD) when that costs at most about twice its
        // sparse entries; wide models keep their long tail of rows sparse, which saves most of their memory.
        var denseAbove = Math.Max(DenseAbove, Stride / 4);
        var size = (long)Stride; // the zero row at the end, so that touching the start of an empty row stays in bounds
        foreach (var count in counts)
            size += count > denseAbove ? Stride / 2 : count;
        if (size >= MaxEntries)
            throw new InvalidDataException("too many weights");
        _weights = new uint[size];
        var used = 0;
        var dense = new short[Stride];
        var start = 0;
        for (var r = 0; r < keys.Length; r++)
        {
            if (counts[r] == 0 || keys[r] == 0)
                throw new InvalidDataException("empty feature row or reserved hash");
            var fingerprint = keys[r] >> 32;
            var i = Home(keys[r]);
            while (_slots[i] != 0)
            {
                if (_slots[i] >> 32 == fingerprint)
                    throw new InvalidDataException($"feature {keys[r]:x16} collides with another");
                i = Next(i);
            }
            if (start + counts[r] > entries.Length)
                throw new InvalidDataException("row lengths do not add up to the weights");
            var row = entries.AsSpan(start, counts[r]);
            start += counts[r];
            foreach (var entry in row)
            {
                if (entry >> 16 >= (uint)classes)
                    throw new InvalidDataException($"a weight of feature {keys[r]:x16} is for class {entry >> 16}, past the {classes} classes");
            }
            var at = (ulong)used;
            if (row.Length > denseAbove)
            {
                Array.Clear(dense);
                foreach (var entry in row)
                    dense[(int)(entry >> 16)] = (short)entry;
                MemoryMarshal.Cast<short, uint>(dense.AsSpan()).CopyTo(_weights.AsSpan(used));
                used += Stride / 2;
                _slots[i] = fingerprint << 32 | at << 8 | DenseMark;
            }
            else
            {
                row.CopyTo(_weights.AsSpan(used));
                used += row.Length;
                _slots[i] = fingerprint << 32 | at << 8 | (uint)row.Length;
            }
        }
        if (start != entries.Length)
            throw new InvalidDataException("row lengths do not add up to the weights");
    }

    /// <summary>Number of classes.</summary>
    public int Classes { get; }

    /// <summary>Length of a score buffer: <see cref="Classes"/> rounded up to whole SIMD vectors.</summary>
    public int Stride { get; }

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>Number of non-zero weights.</summary>
    public int WeightCount { get; }

    /// <summary>What one quantised unit is worth in the original weights.</summary>
    public float Scale { get; }

    /// <summary>Whether <paramref name="feature"/> has weights.</summary>
    public bool Contains(ulong feature) => Find(feature) != 0;

    /// <summary>Sums the weights of <paramref name="features"/> into <paramref name="scores"/> (at least <see cref="Stride"/> long).</summary>
    /// <remarks>
    /// The tables are too big for the cache, so the work is done in rounds that each start every feature's
    /// memory access before waiting on any: the slots, then the first weight of each row, then the sums.
    /// </remarks>
    public void Score(ReadOnlySpan<ulong> features, Span<int> scores) => Score(features, [], scores);

    /// <summary>
    /// Like <see cref="Score(ReadOnlySpan{ulong}, Span{int})"/>, but adds the sums to <paramref name="initial"/> (empty
    /// for zeros, else at least <see cref="Stride"/> long, e.g. the scores of features shared by many predictions,
    /// computed once): integer sums, so the result is exactly that of scoring all the features together.
    /// <paramref name="initial"/> must not overlap <paramref name="scores"/>.
    /// </summary>
    public void Score(ReadOnlySpan<ulong> features, ReadOnlySpan<int> initial, Span<int> scores)
    {
        if (features.Length > MaxFeatures)
            throw new ArgumentException($"at most {MaxFeatures} features", nameof(features));
        scores = scores[..Stride];
        scores.Clear();
        Span<ulong> found = stackalloc ulong[features.Length];
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        for (var f = 0; f < features.Length; f++)
            found[f] = Unsafe.Add(ref slots, Home(features[f]));
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        for (var f = 0; f < features.Length; f++)
        {
            if (found[f] != 0 && found[f] >> 32 != features[f] >> 32)
                found[f] = Find(features[f]);
            _ = Volatile.Read(ref Unsafe.Add(ref weights, (int)(found[f] >> 8 & 0xFFFFFF))); // start the load now
        }
        // Sparse rows are added one weight at a time; the dense rows' starts are kept, to be summed in registers after.
        Span<int> denseRows = stackalloc int[features.Length];
        var denseCount = 0;
        ref var sums = ref MemoryMarshal.GetReference(scores);
        foreach (var slot in found)
        {
            var start = (int)(slot >> 8 & 0xFFFFFF);
            var count = (int)(slot & 0xFF);
            if (count == DenseMark)
            {
                denseRows[denseCount++] = start;
                continue;
            }
            for (var e = start; e < start + count; e++)
            {
                var entry = Unsafe.Add(ref weights, e);
                Unsafe.Add(ref sums, (int)(entry >> 16)) += (short)entry; // the constructor checked every class is under Classes
            }
        }
        // Dense rows: a vector of classes at a time, summed over all the rows in registers, then added once.
        var totals = MemoryMarshal.Cast<int, Vector<int>>(scores);
        var starting = MemoryMarshal.Cast<int, Vector<int>>(initial);
        var uintsPerVector = Vector<short>.Count / 2;
        for (var v = 0; v < totals.Length / 2; v++)
        {
            Vector<int> low = Vector<int>.Zero, high = Vector<int>.Zero;
            for (var d = 0; d < denseCount; d++)
            {
                Vector.Widen(Unsafe.As<uint, Vector<short>>(ref Unsafe.Add(ref weights, denseRows[d] + v * uintsPerVector)), out var l, out var h);
                low += l;
                high += h;
            }
            if (!starting.IsEmpty)
            {
                low += starting[2 * v];
                high += starting[2 * v + 1];
            }
            totals[2 * v] += low;
            totals[2 * v + 1] += high;
        }
    }

    /// <summary>The best class for <paramref name="features"/> (the lowest index on ties).</summary>
    public int Predict(ReadOnlySpan<ulong> features)
    {
        Span<int> scores = stackalloc int[Stride];
        Score(features, scores);
        return Best(scores[..Classes]);
    }

    /// <summary>The index of the largest of <paramref name="scores"/> (the lowest on ties): <see cref="ArgMax"/> over all classes, without the margin, in vectors.</summary>
    public static int Best(ReadOnlySpan<int> scores) => TensorPrimitives.IndexOfMax(scores);

    /// <summary>
    /// The index of the largest of <paramref name="scores"/> among the classes in <paramref name="allowed"/> (all
    /// when it is 0; the lowest index on ties), and its lead over the runner-up (<see cref="int.MaxValue"/> alone).
    /// </summary>
    public static int ArgMax(ReadOnlySpan<int> scores, UInt128 allowed, out int margin)
    {
        int best = 0, bestScore = int.MinValue, second = int.MinValue;
        if (allowed == UInt128.Zero)
        {
            for (var c = 0; c < scores.Length; c++)
                Consider(scores, c, ref best, ref bestScore, ref second);
        }
        else
        {
            for (var bits = (ulong)allowed; bits != 0; bits &= bits - 1)
                Consider(scores, BitOperations.TrailingZeroCount(bits), ref best, ref bestScore, ref second);
            for (var bits = (ulong)(allowed >> 64); bits != 0; bits &= bits - 1)
                Consider(scores, 64 + BitOperations.TrailingZeroCount(bits), ref best, ref bestScore, ref second);
        }
        margin = second == int.MinValue ? int.MaxValue : bestScore - second;
        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Consider(ReadOnlySpan<int> scores, int c, ref int best, ref int bestScore, ref int second)
    {
        if (c >= scores.Length)
            return;
        if (scores[c] > bestScore)
        {
            second = bestScore;
            best = c;
            bestScore = scores[c];
        }
        else if (scores[c] > second)
            second = scores[c];
    }

    /// <summary>
    /// Builds a model from float weights (<paramref name="weights"/> holds one row of <paramref name="classes"/>
    /// per key), quantised to <see cref="Levels"/> against the largest; weights under <paramref name="minWeight"/> in size are
    /// dropped, and so are rows left empty.
    /// </summary>
    public static LinearModel Quantise(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> weights, int classes, float minWeight = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classes, MaxClasses);
        var maxAbs = 0f;
        foreach (var w in weights)
            maxAbs = Math.Max(maxAbs, Math.Abs(w));
        var scale = maxAbs > 0 ? maxAbs / Levels : 1f;
        var keptKeys = new List<ulong>(keys.Length);
        var counts = new List<byte>(keys.Length);
        var entries = new List<uint>(keys.Length * 4);
        var seen = new HashSet<ulong>();
        for (var r = 0; r < keys.Length; r++)
        {
            var before = entries.Count;
            for (var c = 0; c < classes; c++)
            {
                var w = weights[r * classes + c];
                var q = (int)MathF.Round(w / scale);
                if (q != 0 && Math.Abs(w) >= minWeight)
                    entries.Add((uint)c << 16 | (ushort)(short)q);
            }
            // A row with no weights, or whose fingerprint another row already has, is left out.
            if (entries.Count == before || !seen.Add(keys[r] >> 32))
            {
                entries.RemoveRange(before, entries.Count - before);
                continue;
            }
            keptKeys.Add(keys[r]);
            counts.Add((byte)(entries.Count - before));
        }
        return new LinearModel(classes, scale, [.. keptKeys], [.. counts], [.. entries]);
    }

    /// <summary>Writes the model: classes, scale, the feature hashes, their row lengths and the packed weights.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Classes);
        writer.Write(Scale);
        writer.Write(_keys.Length);
        writer.Write(WeightCount);
        writer.Write(MemoryMarshal.AsBytes(_keys.AsSpan()));
        writer.Write(_counts);
        foreach (var key in _keys)
        {
            var slot = Find(key);
            var start = (int)(slot >> 8 & 0xFFFFFF);
            if ((slot & 0xFF) != DenseMark)
            {
                foreach (var entry in _weights.AsSpan(start, (int)(slot & 0xFF)))
                    writer.Write(entry);
                continue;
            }
            var row = MemoryMarshal.Cast<uint, short>(_weights.AsSpan(start, Stride / 2));
            for (var c = 0; c < Classes; c++)
            {
                if (row[c] != 0)
                    writer.Write((uint)c << 16 | (ushort)row[c]);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The data is not a valid model.</exception>
    public static LinearModel Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (!BitConverter.IsLittleEndian)
            throw new InvalidDataException("models are read on little-endian machines only");
        var classes = reader.ReadInt32();
        var scale = reader.ReadSingle();
        var rows = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (classes is < 2 or > MaxClasses || rows is < 0 or > MaxEntries || count < rows || count >= MaxEntries || !(scale > 0))
            throw new InvalidDataException("bad linear model header");
        var keys = new ulong[rows];
        var counts = new byte[rows];
        var entries = new uint[count];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        reader.BaseStream.ReadExactly(counts);
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(entries.AsSpan()));
        foreach (var entry in entries)
        {
            if (entry >> 16 >= (uint)classes)
                throw new InvalidDataException($"class {entry >> 16} out of range");
        }
        return new LinearModel(classes, scale, keys, counts, entries);
    }

    // The first slot to look in for a feature: its low 32 bits scaled to the table (the high 32 are its fingerprint).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(ulong feature) => (int)((feature & uint.MaxValue) * _capacity >> 32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Next(int slot) => slot + 1 == (int)_capacity ? 0 : slot + 1;

    // The slot of a feature, or 0 (no weights: start 0, count 0) when it has none.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong Find(ulong feature)
    {
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        var fingerprint = feature >> 32;
        var i = Home(feature);
        while (true)
        {
            var slot = Unsafe.Add(ref slots, i);
            if (slot == 0 || slot >> 32 == fingerprint)
                return slot;
            i = Next(i);
        }
    }
}
