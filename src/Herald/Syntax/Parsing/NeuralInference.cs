using Herald.Learning.Dense;

namespace Herald.Syntax.Parsing;

/// <summary>
/// Tables precomputed from a trained <see cref="NeuralParser"/> to parse fast: each embedding row's share of
/// each LSTM direction's input gates (<see cref="GateInputTables"/>), and the scorer's hidden weights regrouped by
/// item position, so that all the words' shares are one matrix product.
/// </summary>
internal sealed class NeuralInference
{
    private readonly NeuralParser _parser;
    private readonly GateInputTables _gateInputs;

    /// <summary>For each arc direction, its relation weights and biases as <see cref="LabelWeights"/> gives them.</summary>
    private readonly QuantisedMatrix[] _labels;
    private readonly float[][] _labelBiases;

    public NeuralInference(NeuralParser parser, bool fast)
    {
        _parser = parser;
        Fast = fast;
        var shape = parser.Shape;
        _gateInputs = new GateInputTables(parser, fast);
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

    /// <summary>Fills the gate inputs of both directions for the first <paramref name="length"/> words of <paramref name="w"/> (see <see cref="GateInputTables"/>).</summary>
    public void GateInputs(NeuralWorkspace w, int length)
    {
        w.ForwardTrace.Reset(length, _parser.Shape.Hidden);
        w.BackwardTrace.Reset(length, _parser.Shape.Hidden);
        _gateInputs.Fill(w, length);
    }
}
