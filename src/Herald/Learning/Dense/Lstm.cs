using System.Numerics.Tensors;

namespace Herald.Learning.Dense;

/// <summary>
/// One direction of an LSTM layer (Hochreiter and Schmidhuber 1997, with a forget gate): the weights, and the
/// forward and backward passes over a sequence. Gates are stored in the order input, forget, cell, output.
/// </summary>
internal sealed class Lstm
{
    public Lstm(int inputs, int hidden, bool reverse)
    {
        Inputs = inputs;
        Hidden = hidden;
        Reverse = reverse;
        InputWeights = new Parameter(4 * hidden * inputs);
        HiddenWeights = new Parameter(4 * hidden * hidden);
        Bias = new Parameter(4 * hidden);
    }

    public int Inputs { get; }
    public int Hidden { get; }

    /// <summary>Whether the layer reads the sequence from its end.</summary>
    public bool Reverse { get; }

    public Parameter InputWeights { get; }
    public Parameter HiddenWeights { get; }
    public Parameter Bias { get; }

    public IEnumerable<Parameter> Parameters => [InputWeights, HiddenWeights, Bias];

    public void Initialise(Random random)
    {
        DenseMath.GlorotInit(InputWeights.Value, Inputs, 4 * Hidden, random);
        DenseMath.GlorotInit(HiddenWeights.Value, Hidden, 4 * Hidden, random);
        Bias.Value.AsSpan(Hidden, Hidden).Fill(1f); // forget gates start open
    }

    /// <summary>
    /// Runs over <paramref name="length"/> inputs (rows of <paramref name="inputs"/>), writing each step's output
    /// into the rows of <paramref name="outputs"/> at column <paramref name="column"/> (row width <paramref name="width"/>),
    /// and keeping in <paramref name="trace"/> what the backward pass needs.
    /// </summary>
    public void Forward(ReadOnlySpan<float> inputs, int length, Span<float> outputs, int width, int column, LstmTrace trace)
    {
        var g4 = 4 * Hidden;
        trace.Reset(length, Hidden);
        var gates = trace.Gates.AsSpan(0, length * g4);
        DenseMath.MultiplyTransposed(inputs, length, InputWeights.Value, g4, Inputs, gates);
        for (var t = 0; t < length; t++)
            TensorPrimitives.Add(gates.Slice(t * g4, g4), Bias.Value, gates.Slice(t * g4, g4));
        Recur(length, outputs, width, column, trace);
    }

    /// <summary>
    /// The recurrent part of <see cref="Forward"/>: <paramref name="trace"/>'s gates already hold each step's
    /// input share with the bias (the caller may have summed them from precomputed tables).
    /// </summary>
    public void Recur(int length, Span<float> outputs, int width, int column, LstmTrace trace)
    {
        int h = Hidden, g4 = 4 * Hidden;
        Span<float> cell = stackalloc float[h];
        cell.Clear();
        var previous = -1;
        for (var step = 0; step < length; step++)
        {
            var t = Reverse ? length - 1 - step : step;
            var gates = trace.Gates.AsSpan(t * g4, g4);
            if (previous >= 0)
                DenseMath.MultiplyTransposed(outputs.Slice(previous * width + column, h), 1, HiddenWeights.Value, g4, h, trace.Recurrent);
            else
                Array.Clear(trace.Recurrent);
            TensorPrimitives.Add(gates, trace.Recurrent, gates);
            TensorPrimitives.Sigmoid(gates[..(2 * h)], gates[..(2 * h)]);
            TensorPrimitives.Tanh(gates.Slice(2 * h, h), gates.Slice(2 * h, h));
            TensorPrimitives.Sigmoid(gates.Slice(3 * h, h), gates.Slice(3 * h, h));
            TensorPrimitives.Multiply(gates.Slice(h, h), cell, cell);
            TensorPrimitives.MultiplyAdd(gates[..h], gates.Slice(2 * h, h), cell, cell);
            cell.CopyTo(trace.Cells.AsSpan(t * h, h));
            var tanhCells = trace.TanhCells.AsSpan(t * h, h);
            TensorPrimitives.Tanh(cell, tanhCells);
            TensorPrimitives.Multiply(gates.Slice(3 * h, h), tanhCells, outputs.Slice(t * width + column, h));
            previous = t;
        }
    }

    /// <summary>
    /// Back-propagates the gradients of the outputs (rows of <paramref name="outputGradients"/> at
    /// <paramref name="column"/>) through the sequence of the last <see cref="Forward"/>: adds the weights' gradients
    /// to the three weight gradients and the inputs' to <paramref name="inputGradients"/>.
    /// </summary>
    public void Backward(ReadOnlySpan<float> inputs, ReadOnlySpan<float> outputs, int width, int column, ReadOnlySpan<float> outputGradients,
        LstmTrace trace, Span<float> inputWeightGradients, Span<float> hiddenWeightGradients, Span<float> biasGradients, Span<float> inputGradients)
    {
        int h = Hidden, g4 = 4 * Hidden, length = trace.Length;
        Span<float> nextHidden = stackalloc float[h];
        Span<float> nextCell = stackalloc float[h];
        Span<float> pre = stackalloc float[g4];
        nextHidden.Clear();
        nextCell.Clear();
        for (var step = length - 1; step >= 0; step--)
        {
            var t = Reverse ? length - 1 - step : step;
            var before = step == 0 ? -1 : (Reverse ? t + 1 : t - 1);
            var gates = trace.Gates.AsSpan(t * g4, g4);
            var tanhCells = trace.TanhCells.AsSpan(t * h, h);
            var given = outputGradients.Slice(t * width + column, h);
            for (var j = 0; j < h; j++)
            {
                float i = gates[j], f = gates[h + j], c = gates[2 * h + j], o = gates[3 * h + j];
                var dh = given[j] + nextHidden[j];
                var dc = nextCell[j] + dh * o * (1 - tanhCells[j] * tanhCells[j]);
                var previousCell = before < 0 ? 0f : trace.Cells[before * h + j];
                pre[j] = dc * c * i * (1 - i);
                pre[h + j] = dc * previousCell * f * (1 - f);
                pre[2 * h + j] = dc * i * (1 - c * c);
                pre[3 * h + j] = dh * tanhCells[j] * o * (1 - o);
                nextCell[j] = dc * f;
            }
            for (var j = 0; j < g4; j++)
                biasGradients[j] += pre[j];
            DenseMath.OuterAdd(pre, inputs.Slice(t * Inputs, Inputs), inputWeightGradients);
            DenseMath.TransposeMultiplyAdd(InputWeights.Value, pre, inputGradients.Slice(t * Inputs, Inputs));
            nextHidden.Clear();
            if (before >= 0)
            {
                DenseMath.OuterAdd(pre, outputs.Slice(before * width + column, h), hiddenWeightGradients);
                DenseMath.TransposeMultiplyAdd(HiddenWeights.Value, pre, nextHidden);
            }
        }
    }
}

/// <summary>What one <see cref="Lstm.Forward"/> keeps for the backward pass; grows as needed.</summary>
internal sealed class LstmTrace
{
    public float[] Gates = [];
    public float[] Cells = [];
    public float[] TanhCells = [];
    public float[] Recurrent = [];
    public int Length;

    public void Reset(int length, int hidden)
    {
        Length = length;
        if (Recurrent.Length != 4 * hidden)
            Recurrent = new float[4 * hidden];
        if (Cells.Length < length * hidden)
        {
            Gates = new float[length * hidden * 4 * 2];
            Cells = new float[length * hidden * 2];
            TanhCells = new float[length * hidden * 2];
        }
    }
}
