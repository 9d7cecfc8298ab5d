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
        var hidden = parser.HiddenWeights.Value;
        for (var k = 0; k < NeuralParser.Items; k++)
        {
            for (var r = 0; r < m; r++)
            {
                for (var t = 0; t < v; t++)
                    ShareWeights[t * width + k * m + r] = hidden[r * NeuralParser.Items * v + k * v + t];
            }
        }
        ForwardColumns = parser.Forward.RecurrentColumns();
        BackwardColumns = parser.Backward.RecurrentColumns();
    }

    /// <summary>The scorer's hidden weights regrouped for one product with the word vectors: a row per vector entry, over (item position, unit).</summary>
    public float[] ShareWeights { get; }

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
        for (var direction = 0; direction < 2; direction++)
        {
            var gates = (direction == 0 ? w.ForwardTrace : w.BackwardTrace).Gates;
            for (var i = 0; i < length; i++)
            {
                var row = gates.AsSpan(i * g4, g4);
                (direction == 0 ? _parser.Forward : _parser.Backward).Bias.Value.CopyTo(row);
                _parts[0].Add(direction, w.WordRows[i], row);
                _parts[1].Add(direction, w.ClusterRows[i], row);
                _parts[2].Add(direction, w.Upos[i], row);
                _parts[3].Add(direction, w.Tags[i], row);
                _parts[4].Add(direction, w.Supertags[i], row);
                _parts[5].Add(direction, w.Shapes[i], row);
                _parts[6].Add(direction, w.PretrainedRows[i], row);
            }
        }
    }

    /// <summary>One embedding table's block of the input: its rows' gate inputs for each direction.</summary>
    private sealed class Part
    {
        private readonly Parameter _table;
        private readonly int _dims, _offset, _rows, _g4;
        private readonly float[][] _gates;
        private readonly float[][] _columns;

        public Part(NeuralParser parser, Parameter table, int dims, ref int offset, int rows = -1)
        {
            _table = table;
            _dims = dims;
            _offset = offset;
            offset += dims;
            _rows = rows < 0 ? table.Size / dims : rows;
            _g4 = 4 * parser.Shape.Hidden;
            _columns = [Columns(parser.Forward), Columns(parser.Backward)];
            _gates = [Project(0), Project(1)];
        }

        /// <summary>This block's columns of a direction's input weights, transposed: a row per embedding entry, over the gates.</summary>
        private float[] Columns(Lstm lstm)
        {
            var columns = new float[_dims * _g4];
            var weights = lstm.InputWeights.Value;
            for (var r = 0; r < _g4; r++)
            {
                for (var t = 0; t < _dims; t++)
                    columns[t * _g4 + r] = weights[r * lstm.Inputs + _offset + t];
            }
            return columns;
        }

        private float[] Project(int direction)
        {
            var gates = new float[_rows * _g4];
            RowMajorProduct.Multiply(_table.Value.AsSpan(0, _rows * _dims), _rows, _columns[direction], _dims, _g4, gates);
            return gates;
        }

        public void Add(int direction, int row, Span<float> gates)
        {
            if (_dims == 0)
                return;
            if (row < _rows)
                TensorPrimitives.Add(gates, _gates[direction].AsSpan(row * _g4, _g4), gates);
            else
                RowMajorProduct.Multiply(_table.Value.AsSpan(row * _dims, _dims), 1, _columns[direction], _dims, _g4, gates, accumulate: true);
        }
    }
}
