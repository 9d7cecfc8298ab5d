using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Herald.Learning.Dense;

namespace Herald.Syntax.Parsing;

/// <summary>
/// The input layer of both LSTM directions as tables: the input layer is linear, so a word's gate inputs are the
/// bias plus one row per embedding table (word, cluster, UPOS, tag, supertag, shape, word vector, ending), each
/// row that embedding's share of every gate, both directions' side by side. All rows of the small tables and of the
/// most frequent words are computed at load; the other words' rows when met, a sentence's in one product.
/// <para>
/// On the fast path the rows are kept as 16-bit integers on one scale, chosen so that the eight rows' sum cannot
/// leave 16 bits: a word's sum is then eight integer adds of sixteen lanes at a time, from half the memory, and each
/// gate input is within about 1e-3 of its floating-point sum. Otherwise (training's epoch scores and teachers) the
/// rows stay in floating point and are summed in a fixed order: the bias, then the tables in the order above.
/// </para>
/// </summary>
internal sealed class GateInputTables
{
    /// <summary>How many of the most frequent words (and word vectors) get precomputed rows.</summary>
    public const int CachedWords = 8192;

    private const int Lanes = 8;

    private readonly Table[] _tables;
    private readonly int _width;    // a row: both directions' gates
    private readonly float[] _bias; // both directions' gate biases side by side

    /// <summary>On the fast path, what one integer level is worth (else 0).</summary>
    private readonly float _unit;

    public GateInputTables(NeuralParser parser, bool fast)
    {
        var shape = parser.Shape;
        _width = 2 * 4 * shape.Hidden;
        var at = 0;
        _tables =
        [
            new Table(parser, parser.WordEmbeddings, shape.WordDims, ref at, CachedWords),
            new Table(parser, parser.ClusterEmbeddings, shape.ClusterDims, ref at),
            new Table(parser, parser.UposEmbeddings, shape.UposDims, ref at),
            new Table(parser, parser.TagEmbeddings, shape.TagDims, ref at),
            new Table(parser, parser.SupertagEmbeddings, shape.SupertagDims, ref at),
            new Table(parser, parser.ShapeEmbeddings, shape.ShapeDims, ref at),
            new Table(parser, parser.PretrainedEmbeddings, shape.PretrainedDims, ref at, CachedWords),
            new Table(parser, parser.SuffixEmbeddings, shape.SuffixDims, ref at),
        ];
        _bias = [.. parser.Forward.Bias.Value, .. parser.Backward.Bias.Value];
        // one scale for all the tables, so that their integer rows add up; the sum of the tables' largest entries
        // fits in 16 bits, so no word's sum overflows (rows computed when met are clamped to their table's largest)
        var bound = _tables.Sum(table => table.Largest);
        if (!fast || !Vector256.IsHardwareAccelerated || 4 * shape.Hidden % (2 * Lanes) != 0 || bound == 0)
            return;
        _unit = bound / (short.MaxValue - _tables.Length); // room for each table's largest level to round up
        foreach (var table in _tables)
            table.Quantise(_unit);
    }

    /// <summary>Whether the rows are 16-bit integers (the fast path).</summary>
    public bool IsQuantised => _unit > 0;

    /// <summary>
    /// Fills the gate inputs of both directions (<paramref name="w"/>'s traces) for the first <paramref name="length"/>
    /// of its words, from the table rows they were given.
    /// </summary>
    public void Fill(NeuralWorkspace w, int length)
    {
        var words = w.ComputedRows(0, length * _width);
        var vectors = w.ComputedRows(1, length * _width);
        var computedWords = _tables[0].ComputeUncached(w.WordRows.AsSpan(0, length), w, words);
        var computedVectors = _tables[6].ComputeUncached(w.PretrainedRows.AsSpan(0, length), w, vectors);
        int nextWord = 0, nextVector = 0;
        var g4 = _width / 2;
        if (IsQuantised)
        {
            var wordLevels = w.ComputedLevels(0, computedWords * _width);
            var vectorLevels = w.ComputedLevels(1, computedVectors * _width);
            _tables[0].Round(words.AsSpan(0, computedWords * _width), wordLevels, _unit);
            _tables[6].Round(vectors.AsSpan(0, computedVectors * _width), vectorLevels, _unit);
            for (var i = 0; i < length; i++)
            {
                SumLevels(
                    _tables[0].Levels(w.WordRows[i], wordLevels, ref nextWord),
                    _tables[1].Levels(w.ClusterRows[i]),
                    _tables[2].Levels(w.Upos[i]),
                    _tables[3].Levels(w.Tags[i]),
                    _tables[4].Levels(w.Supertags[i]),
                    _tables[5].Levels(w.Shapes[i]),
                    _tables[6].Levels(w.PretrainedRows[i], vectorLevels, ref nextVector),
                    _tables[7].Levels(w.SuffixRows[i]),
                    w.ForwardTrace.Gates.AsSpan(i * g4, g4), w.BackwardTrace.Gates.AsSpan(i * g4, g4));
            }
            return;
        }
        for (var i = 0; i < length; i++)
        {
            SumFloats(
                _tables[0].Row(w.WordRows[i], words, ref nextWord),
                _tables[1].Row(w.ClusterRows[i]),
                _tables[2].Row(w.Upos[i]),
                _tables[3].Row(w.Tags[i]),
                _tables[4].Row(w.Supertags[i]),
                _tables[5].Row(w.Shapes[i]),
                _tables[6].Row(w.PretrainedRows[i], vectors, ref nextVector),
                _tables[7].Row(w.SuffixRows[i]),
                w.ForwardTrace.Gates.AsSpan(i * g4, g4), w.BackwardTrace.Gates.AsSpan(i * g4, g4));
        }
    }

    /// <summary>Sums the bias and the rows into each direction's gates, in that order.</summary>
    private void SumFloats(ReadOnlySpan<float> r0, ReadOnlySpan<float> r1, ReadOnlySpan<float> r2, ReadOnlySpan<float> r3,
        ReadOnlySpan<float> r4, ReadOnlySpan<float> r5, ReadOnlySpan<float> r6, ReadOnlySpan<float> r7, Span<float> forward, Span<float> backward)
    {
        var g4 = forward.Length;
        var bias = _bias.AsSpan();
        if (backward.Length != g4 || bias.Length != _width || r0.Length < _width || r1.Length < _width || r2.Length < _width
            || r3.Length < _width || r4.Length < _width || r5.Length < _width || r6.Length < _width || r7.Length < _width)
            throw new ArgumentException("a row is shorter than both directions' gates");
        ref var b = ref MemoryMarshal.GetReference(bias);
        ref float a0 = ref MemoryMarshal.GetReference(r0), a1 = ref MemoryMarshal.GetReference(r1), a2 = ref MemoryMarshal.GetReference(r2),
            a3 = ref MemoryMarshal.GetReference(r3), a4 = ref MemoryMarshal.GetReference(r4), a5 = ref MemoryMarshal.GetReference(r5),
            a6 = ref MemoryMarshal.GetReference(r6), a7 = ref MemoryMarshal.GetReference(r7);
        for (var direction = 0; direction < 2; direction++)
        {
            // each direction on its own: g4 need not be a whole number of vectors (an odd number of units)
            ref var into = ref MemoryMarshal.GetReference(direction == 0 ? forward : backward);
            var at = direction * g4;
            var j = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                for (; j + Lanes <= g4; j += Lanes)
                {
                    var k = (nuint)(at + j); // the lengths were checked above, so the loads need no bounds checks
                    var sum = Vector256.LoadUnsafe(ref b, k) + Vector256.LoadUnsafe(ref a0, k) + Vector256.LoadUnsafe(ref a1, k)
                        + Vector256.LoadUnsafe(ref a2, k) + Vector256.LoadUnsafe(ref a3, k) + Vector256.LoadUnsafe(ref a4, k)
                        + Vector256.LoadUnsafe(ref a5, k) + Vector256.LoadUnsafe(ref a6, k) + Vector256.LoadUnsafe(ref a7, k);
                    sum.StoreUnsafe(ref into, (nuint)j);
                }
            }
            for (; j < g4; j++)
            {
                var k = at + j;
                Unsafe.Add(ref into, j) = bias[k] + r0[k] + r1[k] + r2[k] + r3[k] + r4[k] + r5[k] + r6[k] + r7[k];
            }
        }
    }

    /// <summary>
    /// Adds the integer rows sixteen lanes at a time (exact: their sum fits in 16 bits), then turns each sum into
    /// floating point, scales it and adds the bias. Each direction's gates are a whole number of sixteen lanes here.
    /// </summary>
    private void SumLevels(ReadOnlySpan<short> r0, ReadOnlySpan<short> r1, ReadOnlySpan<short> r2, ReadOnlySpan<short> r3,
        ReadOnlySpan<short> r4, ReadOnlySpan<short> r5, ReadOnlySpan<short> r6, ReadOnlySpan<short> r7, Span<float> forward, Span<float> backward)
    {
        var g4 = forward.Length;
        if (backward.Length != g4 || r0.Length < _width || r1.Length < _width || r2.Length < _width || r3.Length < _width
            || r4.Length < _width || r5.Length < _width || r6.Length < _width || r7.Length < _width)
            throw new ArgumentException("a row is shorter than both directions' gates");
        ref var b = ref MemoryMarshal.GetArrayDataReference(_bias);
        ref short a0 = ref MemoryMarshal.GetReference(r0), a1 = ref MemoryMarshal.GetReference(r1), a2 = ref MemoryMarshal.GetReference(r2),
            a3 = ref MemoryMarshal.GetReference(r3), a4 = ref MemoryMarshal.GetReference(r4), a5 = ref MemoryMarshal.GetReference(r5),
            a6 = ref MemoryMarshal.GetReference(r6), a7 = ref MemoryMarshal.GetReference(r7);
        var unit = Vector256.Create(_unit);
        for (var direction = 0; direction < 2; direction++)
        {
            ref var into = ref MemoryMarshal.GetReference(direction == 0 ? forward : backward);
            var at = direction * g4;
            for (var j = 0; j < g4; j += 2 * Lanes)
            {
                var k = (nuint)(at + j);
                var sum = Vector256.LoadUnsafe(ref a0, k) + Vector256.LoadUnsafe(ref a1, k) + Vector256.LoadUnsafe(ref a2, k)
                    + Vector256.LoadUnsafe(ref a3, k) + Vector256.LoadUnsafe(ref a4, k) + Vector256.LoadUnsafe(ref a5, k)
                    + Vector256.LoadUnsafe(ref a6, k) + Vector256.LoadUnsafe(ref a7, k);
                var (low, high) = Vector256.Widen(sum);
                Vector256.FusedMultiplyAdd(Vector256.ConvertToSingle(low), unit, Vector256.LoadUnsafe(ref b, k)).StoreUnsafe(ref into, (nuint)j);
                Vector256.FusedMultiplyAdd(Vector256.ConvertToSingle(high), unit, Vector256.LoadUnsafe(ref b, k + Lanes)).StoreUnsafe(ref into, (nuint)(j + Lanes));
            }
        }
    }

    /// <summary>One embedding table's block of the input: its rows' gate inputs, both directions' side by side.</summary>
    private sealed class Table
    {
        private readonly Parameter _embeddings;
        private readonly int _dims, _rows, _width;
        private readonly float[] _columns;  // the input weights of this block, a row per embedding dimension
        private float[] _gates;             // the precomputed rows, in floating point
        private short[] _levels = [];       // or as integers (fast path)
        private short _largestLevel;

        public Table(NeuralParser parser, Parameter embeddings, int dims, ref int offset, int cached = int.MaxValue)
        {
            _embeddings = embeddings;
            _dims = dims;
            _rows = dims == 0 ? 1 : Math.Min(embeddings.Size / dims, cached); // a table of no dimensions: one row of zeros serves every word
            var g4 = 4 * parser.Shape.Hidden;
            _width = 2 * g4;
            _columns = new float[dims * _width];
            if (dims > 0)
            {
                var inputs = parser.Forward.Inputs;
                RowMajorProduct.Transpose(parser.Forward.InputWeights.Value.AsSpan(offset), g4, dims, inputs, _columns, _width);
                RowMajorProduct.Transpose(parser.Backward.InputWeights.Value.AsSpan(offset), g4, dims, inputs, _columns.AsSpan(g4), _width);
            }
            offset += dims;
            _gates = new float[_rows * _width];
            RowMajorProduct.Multiply(_embeddings.Value.AsSpan(0, _rows * _dims), _rows, _columns, _dims, _width, _gates);
            foreach (var value in _gates)
                Largest = Math.Max(Largest, Math.Abs(value));
        }

        /// <summary>The largest size of a precomputed entry.</summary>
        public float Largest { get; }

        /// <summary>Keeps the rows as integers of <paramref name="unit"/> rather than in floating point.</summary>
        public void Quantise(float unit)
        {
            _largestLevel = (short)Math.Min(short.MaxValue, MathF.Round(Largest / unit));
            _levels = new short[_gates.Length];
            Round(_gates, _levels, unit);
            _gates = [];
        }

        /// <summary>Rounds <paramref name="values"/> to integers of <paramref name="unit"/>, within this table's largest.</summary>
        public void Round(ReadOnlySpan<float> values, Span<short> into, float unit)
        {
            for (var i = 0; i < values.Length; i++)
                into[i] = (short)Math.Clamp(MathF.Round(values[i] / unit), -_largestLevel, _largestLevel);
        }

        /// <summary>The precomputed row <paramref name="row"/>, in floating point; zeros for a table of no dimensions.</summary>
        public ReadOnlySpan<float> Row(int row) => _dims == 0 ? _gates : _gates.AsSpan(row * _width, _width);

        /// <summary>
        /// Like <see cref="Row(int)"/>, but a row past the precomputed ones is the next of <paramref name="computed"/>,
        /// as <see cref="ComputeUncached"/> filled it; <paramref name="next"/> counts those taken.
        /// </summary>
        public ReadOnlySpan<float> Row(int row, ReadOnlySpan<float> computed, ref int next) =>
            _dims == 0 || row < _rows ? Row(row) : computed.Slice(next++ * _width, _width);

        /// <summary><see cref="Row(int)"/> as integers (fast path).</summary>
        public ReadOnlySpan<short> Levels(int row) => _dims == 0 ? _levels : _levels.AsSpan(row * _width, _width);

        /// <summary><see cref="Row(int, ReadOnlySpan{float}, ref int)"/> as integers (fast path), the computed rows rounded by <see cref="Round"/>.</summary>
        public ReadOnlySpan<short> Levels(int row, ReadOnlySpan<short> computed, ref int next) =>
            _dims == 0 || row < _rows ? Levels(row) : computed.Slice(next++ * _width, _width);

        /// <summary>
        /// Computes the rows of those of <paramref name="rows"/> past the precomputed ones, in their order, into
        /// <paramref name="computed"/>, and returns how many: one product for all of them, which reads the weights once
        /// rather than once a word.
        /// </summary>
        public int ComputeUncached(ReadOnlySpan<int> rows, NeuralWorkspace w, Span<float> computed)
        {
            if (_dims == 0)
                return 0;
            var embeddings = w.UncachedEmbeddings(rows.Length * _dims);
            var count = 0;
            foreach (var row in rows)
            {
                if (row >= _rows)
                    _embeddings.Value.AsSpan(row * _dims, _dims).CopyTo(embeddings.AsSpan(count++ * _dims));
            }
            if (count > 0)
                RowMajorProduct.Multiply(embeddings.AsSpan(0, count * _dims), count, _columns, _dims, _width, computed);
            return count;
        }
    }
}
