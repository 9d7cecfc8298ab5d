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
        ShareWeights = new float[NeuralParser.Items * m * v];
        for (var k = 0; k < NeuralParser.Items; k++)
        {
            for (var r = 0; r < m; r++)
                parser.HiddenWeights.Value.AsSpan(r * NeuralParser.Items * v + k * v, v).CopyTo(ShareWeights.AsSpan((k * m + r) * v, v));
        }
    }

    /// <summary>The scorer's hidden weights as rows (item position, unit), each over a word vector.</summary>
    public float[] ShareWeights { get; }

    /// <summary>Fills the gate inputs of both directions for the first <paramref name="length"/> words of <paramref name="w"/>, from the table rows its words were given.</summary>
    public void GateInputs(NeuralWorkspace w, int length)
    {
        var g4 = 4 * _parser.Shape.Hidden;
        w.ForwardTrace.Reset(length, _parser.Shape.Hidden);
        w.BackwardTrace.Reset(length, _parser.Shape.Hidden);
        for (var direction = 0; direction < 2; direction++)
        {
            var lstm = direction == 0 ? _parser.Forward : _parser.Backward;
            var gates = (direction == 0 ? w.ForwardTrace : w.BackwardTrace).Gates;
            for (var i = 0; i < length; i++)
            {
                var row = gates.AsSpan(i * g4, g4);
                lstm.Bias.Value.CopyTo(row);
                _parts[0].Add(direction, w.WordRows[i], lstm, row);
                _parts[1].Add(direction, w.ClusterRows[i], lstm, row);
                _parts[2].Add(direction, w.Upos[i], lstm, row);
                _parts[3].Add(direction, w.Tags[i], lstm, row);
                _parts[4].Add(direction, w.Supertags[i], lstm, row);
                _parts[5].Add(direction, w.Shapes[i], lstm, row);
                _parts[6].Add(direction, w.PretrainedRows[i], lstm, row);
            }
        }
    }

    /// <summary>One embedding table's block of the input: its rows' gate inputs for each direction.</summary>
    private sealed class Part
    {
        private readonly Parameter _table;
        private readonly int _dims, _offset, _rows, _g4;
        private readonly float[][] _gates;

        public Part(NeuralParser parser, Parameter table, int dims, ref int offset, int rows = -1)
        {
            _table = table;
            _dims = dims;
            _offset = offset;
            offset += dims;
            _rows = rows < 0 ? table.Size / dims : rows;
            _g4 = 4 * parser.Shape.Hidden;
            _gates = [Project(parser.Forward), Project(parser.Backward)];
        }

        private float[] Project(Lstm lstm)
        {
            var gates = new float[_rows * _g4];
            for (var row = 0; row < _rows; row++)
                Compute(lstm, row, gates.AsSpan(row * _g4, _g4), add: false);
            return gates;
        }

        private void Compute(Lstm lstm, int row, Span<float> into, bool add)
        {
            var embedding = _table.Value.AsSpan(row * _dims, _dims);
            var weights = lstm.InputWeights.Value.AsSpan();
            for (var r = 0; r < _g4; r++)
            {
                var value = TensorPrimitives.Dot(weights.Slice(r * lstm.Inputs + _offset, _dims), embedding);
                into[r] = add ? into[r] + value : value;
            }
        }

        public void Add(int direction, int row, Lstm lstm, Span<float> gates)
        {
            if (_dims == 0)
                return;
            if (row < _rows)
                TensorPrimitives.Add(gates, _gates[direction].AsSpan(row * _g4, _g4), gates);
            else
                Compute(lstm, row, gates, add: true);
        }
    }
}
