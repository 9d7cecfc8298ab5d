using System.Numerics.Tensors;
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

    public NeuralInference(NeuralParser parser)
    {
        _parser = parser;
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
        ];
        var m = shape.ScorerHidden;
        var v = parser.VectorDims;
        var width = NeuralParser.Items * m;
        ShareWeights = new float[v * width];
        for (var k = 0; k < NeuralParser.Items; k++)
            RowMajorProduct.Transpose(parser.HiddenWeights.Value.AsSpan(k * v), m, v, NeuralParser.Items * v, ShareWeights.AsSpan(k * m), width);
        var pads = new float[NeuralParser.Items * width];
        RowMajorProduct.Multiply(parser.Pad.Value, NeuralParser.Items, ShareWeights, v, width, pads);
        PadShares = new float[NeuralParser.Items * m];
        for (var k = 0; k < NeuralParser.Items; k++)
            pads.AsSpan(k * width + k * m, m).CopyTo(PadShares.AsSpan(k * m, m));
        ForwardColumns = parser.Forward.RecurrentColumns();
        BackwardColumns = parser.Backward.RecurrentColumns();
    }

    /// <summary>The scorer's hidden weights regrouped for one product with the word vectors: a row per vector entry, over (item position, unit).</summary>
    public float[] ShareWeights { get; }

    /// <summary>The share of the hidden layer of each item position's padding vector, for where the position is empty.</summary>
    public float[] PadShares { get; }

    /// <summary>Each LSTM direction's recurrent weights as <see cref="Lstm.RecurrentColumns"/> lays them out.</summary>
    public float[] ForwardColumns { get; }

    /// <inheritdoc cref="ForwardColumns"/>
    public float[] BackwardColumns { get; }

    /// <summary>Fills the gate inputs of both directions for the first <paramref name="length"/> words of <paramref name="w"/>, from the table rows its words were given.</summary>
    public void GateInputs(NeuralWorkspace w, int length)
    {
        var g4 = 4 * _parser.Shape.Hidden;
        w.ForwardTrace.Reset(length, _parser.Shape.Hidden);
        w.BackwardTrace.Reset(length, _parser.Shape.Hidden);
        Span<float> scratch = stackalloc float[2 * g4];
        for (var i = 0; i < length; i++)
        {
            var forward = w.ForwardTrace.Gates.AsSpan(i * g4, g4);
            var backward = w.BackwardTrace.Gates.AsSpan(i * g4, g4);
            _parser.Forward.Bias.Value.CopyTo(forward);
            _parser.Backward.Bias.Value.CopyTo(backward);
            _parts[0].Add(w.WordRows[i], forward, backward, scratch);
            _parts[1].Add(w.ClusterRows[i], forward, backward, scratch);
            _parts[2].Add(w.Upos[i], forward, backward, scratch);
            _parts[3].Add(w.Tags[i], forward, backward, scratch);
            _parts[4].Add(w.Supertags[i], forward, backward, scratch);
            _parts[5].Add(w.Shapes[i], forward, backward, scratch);
            _parts[6].Add(w.PretrainedRows[i], forward, backward, scratch);
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
            _rows = rows < 0 ? table.Size / dims : rows;
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

        public void Add(int row, Span<float> forward, Span<float> backward, Span<float> scratch)
        {
            if (_dims == 0)
                return;
            ReadOnlySpan<float> gates;
            if (row < _rows)
                gates = _gates.AsSpan(row * 2 * _g4, 2 * _g4);
            else
            {
                RowMajorProduct.Multiply(_table.Value.AsSpan(row * _dims, _dims), 1, _columns, _dims, 2 * _g4, scratch);
                gates = scratch;
            }
            TensorPrimitives.Add(forward, gates[.._g4], forward);
            TensorPrimitives.Add(backward, gates[_g4..], backward);
        }
    }
}
