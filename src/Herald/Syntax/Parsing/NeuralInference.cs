using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Herald.Learning.Dense;

namespace Herald.Syntax.Parsing;

/// <summary>
/// Tables precomputed from a trained <see cref="NeuralParser"/> to parse fast: each embedding row's share of
/// each LSTM direction's input gates (the input layer is linear, so a word's gate input is a sum of table
/// rows; only the most frequent words are kept, the rest are computed when met), and the scorer's hidden
/// weights regrouped by item position, so that all the words' shares are one matrix product.
/// </summary>
internal sealed class NeuralInference
{
    /// <summary>How many of the most frequent words get precomputed gate inputs.</summary>
    public const int CachedWords = 4096;

    private readonly NeuralParser _parser;
    private readonly Part[] _parts;

    /// <summary>Both directions' gate biases side by side, as the table rows hold their gate inputs.</summary>
    private readonly float[] _bias;

    /// <summary>For each arc direction, its relation weights and biases as <see cref="LabelWeights"/> gives them.</summary>
    private readonly QuantisedMatrix[] _labels;
    private readonly float[][] _labelBiases;

    public NeuralInference(NeuralParser parser, bool fast)
    {
        _parser = parser;
        Fast = fast;
        var shape = parser.Shape;
        var wordRows = Math.Min(parser.WordEmbeddings.Size / shape.WordDims, CachedWords);
        var at = 0;
        _parts =
        [
            new Part(parser, parser.WordEmbeddings, shape.WordDims, ref at, wordRows),
            new Part(parser, parser.ClusterEmbeddings, shape.ClusterDims, ref at),
            new Part(parser, parser.UposEmbeddings, shape.UposDims, ref at),
            new Part(parser, parser.TagEmbeddings, shape.TagDims, ref at),
            new Part(parser, parser.SupertagEmbeddings, shape.SupertagDims, ref at),
            new Part(parser, parser.ShapeEmbeddings, shape.ShapeDims, ref at),
            new Part(parser, parser.PretrainedEmbeddings, shape.PretrainedDims, ref at, Math.Min(parser.PretrainedEmbeddings.Size / Math.Max(1, shape.PretrainedDims), CachedWords)),
            new Part(parser, parser.SuffixEmbeddings, shape.SuffixDims, ref at),
        ];
        var m = shape.ScorerHidden;
        var v = parser.VectorDims;
        var items = shape.Items;
        var width = items * m;
        var shareWeights = new float[v * width]; // a row per vector entry, over (item position, unit)
        for (var k = 0; k < items; k++)
            RowMajorProduct.Transpose(parser.HiddenWeights.Value.AsSpan(k * v), m, v, items * v, shareWeights.AsSpan(k * m), width);
        var pads = new float[items * width];
        RowMajorProduct.Multiply(parser.Pad.Value, items, shareWeights, v, width, pads);
        PadShares = new float[items * m];
        NoShare = new float[m];
        for (var k = 0; k < items; k++)
            pads.AsSpan(k * width + k * m, m).CopyTo(PadShares.AsSpan(k * m, m));
        _bias = [.. parser.Forward.Bias.Value, .. parser.Backward.Bias.Value];
        _labels = new QuantisedMatrix[2];
        _labelBiases = new float[2][];
        for (var side = 0; side < 2; side++)
        {
            var first = ParseState.TransitionCount + side * DependencyLabels.Count;
            var block = new float[m * LabelColumns];
            RowMajorProduct.Transpose(parser.OutputWeights.Value.AsSpan(first * m), DependencyLabels.Count, m, m, block, LabelColumns);
            _labels[side] = new QuantisedMatrix(block, m, LabelColumns, quantised: fast);
            _labelBiases[side] = new float[LabelColumns];
            parser.OutputBias.Value.AsSpan(first, DependencyLabels.Count).CopyTo(_labelBiases[side]);
        }
        Shares = new QuantisedMatrix(shareWeights, v, width, quantised: fast);
        ForwardRecurrent = parser.Forward.RecurrentProduct(quantised: fast);
        BackwardRecurrent = parser.Backward.RecurrentProduct(quantised: fast);
    }

    /// <summary>
    /// Whether parsing takes the fast path: 16-bit integer products (<see cref="QuantisedMatrix"/>) and activations by
    /// <see cref="DenseMath.FastExp"/>. Otherwise it computes as training does, in floating point with the library's exponential.
    /// </summary>
    public bool Fast { get; }

    /// <summary>Columns of the relation scores' product: the relations, padded to whole vectors.</summary>
    public static int LabelColumns => (DependencyLabels.Count + 7) / 8 * 8;

    /// <summary>
    /// The relation weights of an arc of <paramref name="transition"/> (a row per hidden unit, over
    /// <see cref="LabelColumns"/>), then their biases (<see cref="LabelColumns"/> long).
    /// </summary>
    public (QuantisedMatrix Weights, float[] Bias) LabelWeights(int transition)
    {
        var side = transition == ParseState.Left ? 0 : 1;
        return (_labels[side], _labelBiases[side]);
    }

    /// <summary>The share of the hidden layer of each item position's padding vector, for where the position is empty.</summary>
    public float[] PadShares { get; }

    /// <summary>Zeros, the share of an item position the scorer does not read.</summary>
    public float[] NoShare { get; }

    /// <summary>The scorer's hidden weights regrouped for one product with the words' vectors (a row per vector entry, over item position and unit): each word's share of the hidden layer for each position.</summary>
    public QuantisedMatrix Shares { get; }

    /// <summary>Each LSTM direction's recurrent weights as <see cref="Lstm.RecurrentProduct"/> lays them out.</summary>
    public QuantisedMatrix ForwardRecurrent { get; }

    /// <inheritdoc cref="ForwardRecurrent"/>
    public QuantisedMatrix BackwardRecurrent { get; }

    /// <summary>
    /// Fills the gate inputs of both directions for the first <paramref name="length"/> words of <paramref name="w"/>,
    /// from the table rows its words were given: for each word one pass sums the bias and the eight tables' rows,
    /// in that order (the sums an add per table would give, without writing each partial sum back). The rows of
    /// words past the precomputed ones are computed first, a table's all in one product.
    /// </summary>
    public void GateInputs(NeuralWorkspace w, int length)
    {
        var g4 = 4 * _parser.Shape.Hidden;
        w.ForwardTrace.Reset(length, _parser.Shape.Hidden);
        w.BackwardTrace.Reset(length, _parser.Shape.Hidden);
        var words = w.ComputedRows(0, length * 2 * g4);
        var pretrained = w.ComputedRows(1, length * 2 * g4);
        _parts[0].ComputeUncached(w.WordRows.AsSpan(0, length), w, words);
        _parts[6].ComputeUncached(w.PretrainedRows.AsSpan(0, length), w, pretrained);
        int nextWord = 0, nextPretrained = 0;
        for (var i = 0; i < length; i++)
        {
            Sum(_bias,
                _parts[0].Row(w.WordRows[i], words, ref nextWord),
                _parts[1].Row(w.ClusterRows[i]),
                _parts[2].Row(w.Upos[i]),
                _parts[3].Row(w.Tags[i]),
                _parts[4].Row(w.Supertags[i]),
                _parts[5].Row(w.Shapes[i]),
                _parts[6].Row(w.PretrainedRows[i], pretrained, ref nextPretrained),
                _parts[7].Row(w.SuffixRows[i]),
                w.ForwardTrace.Gates.AsSpan(i * g4, g4), w.BackwardTrace.Gates.AsSpan(i * g4, g4));
        }
    }

    /// <summary>Sums the bias and the rows (both directions' gate inputs side by side) into each direction's gates, in that order.</summary>
    private static void Sum(ReadOnlySpan<float> bias, ReadOnlySpan<float> r0, ReadOnlySpan<float> r1, ReadOnlySpan<float> r2,
        ReadOnlySpan<float> r3, ReadOnlySpan<float> r4, ReadOnlySpan<float> r5, ReadOnlySpan<float> r6, ReadOnlySpan<float> r7,
        Span<float> forward, Span<float> backward)
    {
        const int lanes = 8;
        var g4 = forward.Length;
        var width = 2 * g4;
        if (backward.Length != g4 || bias.Length < width || r0.Length < width || r1.Length < width || r2.Length < width
            || r3.Length < width || r4.Length < width || r5.Length < width || r6.Length < width || r7.Length < width)
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
                for (; j + lanes <= g4; j += lanes)
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

    /// <summary>One embedding table's block of the input: its rows' gate inputs, the forward direction's then the backward's side by side.</summary>
    private sealed class Part
    {
        private readonly Parameter _table;
        private readonly int _dims, _rows, _g4;
        private readonly float[] _gates;
        private readonly float[] _columns;

        public Part(NeuralParser parser, Parameter table, int dims, ref int offset, int rows = -1)
        {
            _table = table;
            _dims = dims;
            _rows = dims == 0 ? 1 : rows < 0 ? table.Size / dims : rows; // a table of no dimensions: one row of zeros serves every word
            _g4 = 4 * parser.Shape.Hidden;
            _columns = new float[dims * 2 * _g4];
            if (dims > 0)
            {
                var inputs = parser.Forward.Inputs;
                RowMajorProduct.Transpose(parser.Forward.InputWeights.Value.AsSpan(offset), _g4, dims, inputs, _columns, 2 * _g4);
                RowMajorProduct.Transpose(parser.Backward.InputWeights.Value.AsSpan(offset), _g4, dims, inputs, _columns.AsSpan(_g4), 2 * _g4);
            }
            offset += dims;
            _gates = new float[_rows * 2 * _g4];
            RowMajorProduct.Multiply(_table.Value.AsSpan(0, _rows * _dims), _rows, _columns, _dims, 2 * _g4, _gates);
        }

        /// <summary>The gate inputs of <paramref name="row"/>, both directions', precomputed; zeros for a table of no dimensions.</summary>
        public ReadOnlySpan<float> Row(int row) => _dims == 0 ? _gates : _gates.AsSpan(row * 2 * _g4, 2 * _g4);

        /// <summary>
        /// Like <see cref="Row(int)"/>, but a row past the precomputed ones is the next of <paramref name="computed"/>,
        /// as <see cref="ComputeUncached"/> filled it; <paramref name="next"/> counts those taken.
        /// </summary>
        public ReadOnlySpan<float> Row(int row, ReadOnlySpan<float> computed, ref int next)
        {
            if (_dims == 0 || row < _rows)
                return Row(row);
            return computed.Slice(next++ * 2 * _g4, 2 * _g4);
        }

        /// <summary>
        /// Computes the gate inputs of those of <paramref name="rows"/> past the precomputed ones, in their order, into
        /// <paramref name="computed"/>: one product for all of them, which reads the weights once rather than once a word.
        /// </summary>
        public void ComputeUncached(ReadOnlySpan<int> rows, NeuralWorkspace w, Span<float> computed)
        {
            if (_dims == 0)
                return;
            var embeddings = w.UncachedEmbeddings(rows.Length * _dims);
            var count = 0;
            foreach (var row in rows)
            {
                if (row >= _rows)
                    _table.Value.AsSpan(row * _dims, _dims).CopyTo(embeddings.AsSpan(count++ * _dims));
            }
            if (count > 0)
                RowMajorProduct.Multiply(embeddings.AsSpan(0, count * _dims), count, _columns, _dims, 2 * _g4, computed);
        }
    }
}
