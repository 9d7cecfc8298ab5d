using System.Numerics.Tensors;
using System.Runtime.Intrinsics;

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
        Run(length, outputs, width, column, trace);
    }

    /// <summary>The recurrent weights transposed (one row per hidden unit read, over the gates) and, if <paramref name="quantised"/>, quantised, as <see cref="Recur"/> multiplies by them.</summary>
    public QuantisedMatrix RecurrentProduct(bool quantised = true)
    {
        var columns = new float[HiddenWeights.Size];
        RowMajorProduct.Transpose(HiddenWeights.Value, 4 * Hidden, Hidden, Hidden, columns, 4 * Hidden);
        return new QuantisedMatrix(columns, Hidden, 4 * Hidden, quantised);
    }

    /// <summary>
    /// The recurrent part of <see cref="Forward"/> for inference, over several sequences at once: each one's
    /// trace already holds its steps' input shares with the bias (the caller may have summed them from
    /// precomputed tables). At each step the previous outputs of all the sequences still running are multiplied
    /// together by <paramref name="recurrent"/> (<see cref="RecurrentProduct"/> of the current weights), so
    /// that the weights, larger than the first-level cache, are streamed once for all of them. Each sequence's
    /// sums are those it would have alone (the quantised product's sums are exact integers). With
    /// <paramref name="fastActivations"/> the gates use <see cref="DenseMath.FastExp"/> rather than
    /// <see cref="Vector256.Exp(Vector256{float})"/>.
    /// </summary>
    public void Recur(ReadOnlySpan<LstmSequence> sequences, int width, int column, QuantisedMatrix recurrent, LstmScratch scratch, bool fastActivations = false)
    {
        if (recurrent.Rows != Hidden || recurrent.Columns != 4 * Hidden)
            throw new ArgumentException("the recurrent product does not match this layer's weights", nameof(recurrent));
        int h = Hidden, g4 = 4 * Hidden, longest = 0;
        foreach (var sequence in sequences)
            longest = Math.Max(longest, sequence.Length);
        var (previous, products, pairs) = scratch.Rows(sequences.Length, h, g4, recurrent.PairRows);
        for (var step = 0; step < longest; step++)
        {
            var running = 0;
            foreach (var sequence in sequences)
            {
                if (step > 0 && step < sequence.Length)
                    sequence.Outputs.AsSpan(Position(sequence.Length, step - 1) * width + column, h).CopyTo(previous.AsSpan(running++ * h, h));
            }
            if (running > 0)
                recurrent.Multiply(previous, running, products, pairs);
            running = 0;
            foreach (var sequence in sequences)
            {
                if (step >= sequence.Length)
                    continue;
                var t = Position(sequence.Length, step);
                var recurrentSums = step > 0 ? products.AsSpan(running++ * g4, g4) : default;
                var previousStep = step == 0 ? -1 : Position(sequence.Length, step - 1);
                var output = sequence.Outputs.AsSpan(t * width + column, h);
                if (fastActivations)
                    Step<FastActivations>(sequence.Trace, t, previousStep, recurrentSums, output);
                else
                    Step<LibraryActivations>(sequence.Trace, t, previousStep, recurrentSums, output);
            }
        }
    }

    /// <summary>
    /// <see cref="Activate"/> for inference, in one pass over the units rather than one per operation: each
    /// block of units adds the recurrent product to its gates' input sums and goes through its four gates, cell and
    /// output in registers. The activations may differ from <see cref="Activate"/>'s in the last bits; the trace keeps
    /// the cells only (inference reads no gates or activations back). <paramref name="recurrent"/> is empty at the first step.
    /// </summary>
    private void Step<TActivations>(LstmTrace trace, int t, int previous, ReadOnlySpan<float> recurrent, Span<float> output) where TActivations : IActivations
    {
        var h = Hidden;
        var inputs = trace.Gates.AsSpan(t * 4 * h, 4 * h);
        var cell = trace.Cells.AsSpan(t * h, h);
        var first = previous < 0;
        var before = first ? default : trace.Cells.AsSpan(previous * h, h);
        if (recurrent.Length != (first ? 0 : 4 * h))
            throw new ArgumentException("a step after the first needs the recurrent product of every gate, the first none", nameof(recurrent));
        var j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            const int lanes = 8;
            for (; j + lanes <= h; j += lanes)
            {
                var c = TActivations.Sigmoid(Gates(inputs, recurrent, j)) * TActivations.Tanh(Gates(inputs, recurrent, 2 * h + j));
                if (!first)
                    c += TActivations.Sigmoid(Gates(inputs, recurrent, h + j)) * Vector256.Create(before.Slice(j, lanes));
                c.CopyTo(cell[j..]);
                (TActivations.Sigmoid(Gates(inputs, recurrent, 3 * h + j)) * TActivations.Tanh(c)).CopyTo(output[j..]);
            }
        }
        for (; j < h; j++)
        {
            var c = DenseMath.Sigmoid(Gate(inputs, recurrent, j)) * MathF.Tanh(Gate(inputs, recurrent, 2 * h + j));
            if (!first)
                c += DenseMath.Sigmoid(Gate(inputs, recurrent, h + j)) * before[j];
            cell[j] = c;
            output[j] = DenseMath.Sigmoid(Gate(inputs, recurrent, 3 * h + j)) * MathF.Tanh(c);
        }
    }

    /// <summary>Eight gates' sums from <paramref name="k"/>: the input's, plus the recurrent product's unless there is none (the first step).</summary>
    private static Vector256<float> Gates(ReadOnlySpan<float> inputs, ReadOnlySpan<float> recurrent, int k) =>
        recurrent.IsEmpty ? Vector256.Create(inputs.Slice(k, 8)) : Vector256.Create(inputs.Slice(k, 8)) + Vector256.Create(recurrent.Slice(k, 8));

    /// <summary>One gate's sum: <see cref="Gates"/> for the units past the last whole vector.</summary>
    private static float Gate(ReadOnlySpan<float> inputs, ReadOnlySpan<float> recurrent, int k) => recurrent.IsEmpty ? inputs[k] : inputs[k] + recurrent[k];

    /// <summary>The gates' activations a step uses, as a type so that each choice compiles to its own loop.</summary>
    private interface IActivations
    {
        static abstract Vector256<float> Sigmoid(Vector256<float> x);

        static abstract Vector256<float> Tanh(Vector256<float> x);
    }

    /// <summary>By <see cref="Vector256.Exp(Vector256{float})"/>: what training's teachers and epoch scores use.</summary>
    private readonly struct LibraryActivations : IActivations
    {
        public static Vector256<float> Sigmoid(Vector256<float> x) => Vector256<float>.One / (Vector256<float>.One + Vector256.Exp(-x));

        public static Vector256<float> Tanh(Vector256<float> x) => Sigmoid(x + x) * 2f - Vector256<float>.One;
    }

    /// <summary>By <see cref="DenseMath.FastExp"/>: parsing.</summary>
    private readonly struct FastActivations : IActivations
    {
        public static Vector256<float> Sigmoid(Vector256<float> x) => DenseMath.FastSigmoid(x);

        public static Vector256<float> Tanh(Vector256<float> x) => DenseMath.FastTanh(x);
    }

    /// <summary>The position read at <paramref name="step"/> of a sequence of <paramref name="length"/>.</summary>
    private int Position(int length, int step) => Reverse ? length - 1 - step : step;

    /// <summary>The recurrence for training, whose weights change at every batch: one sequence, multiplied by the weights as they are.</summary>
    private void Run(int length, Span<float> outputs, int width, int column, LstmTrace trace)
    {
        int h = Hidden, g4 = 4 * Hidden;
        var previous = -1;
        for (var step = 0; step < length; step++)
        {
            var t = Position(length, step);
            var gates = trace.Gates.AsSpan(t * g4, g4);
            if (previous >= 0)
            {
                DenseMath.MultiplyTransposed(outputs.Slice(previous * width + column, h), 1, HiddenWeights.Value, g4, h, trace.Recurrent);
                TensorPrimitives.Add(gates, trace.Recurrent, gates);
            }
            Activate(trace, t, previous, outputs.Slice(t * width + column, h));
            previous = t;
        }
    }

    /// <summary>
    /// One step once the gates' sums are in: the gates' activations, the cell at <paramref name="t"/> from the
    /// one at <paramref name="previous"/> (-1: none), and the output.
    /// </summary>
    private void Activate(LstmTrace trace, int t, int previous, Span<float> output)
    {
        var h = Hidden;
        var gates = trace.Gates.AsSpan(t * 4 * h, 4 * h);
        TensorPrimitives.Sigmoid(gates[..(2 * h)], gates[..(2 * h)]);
        TensorPrimitives.Tanh(gates.Slice(2 * h, h), gates.Slice(2 * h, h));
        TensorPrimitives.Sigmoid(gates.Slice(3 * h, h), gates.Slice(3 * h, h));
        var cell = trace.Cells.AsSpan(t * h, h);
        if (previous >= 0)
            TensorPrimitives.Multiply(gates.Slice(h, h), trace.Cells.AsSpan(previous * h, h), cell);
        else
            cell.Clear();
        TensorPrimitives.MultiplyAdd(gates[..h], gates.Slice(2 * h, h), cell, cell);
        var tanhCells = trace.TanhCells.AsSpan(t * h, h);
        TensorPrimitives.Tanh(cell, tanhCells);
        TensorPrimitives.Multiply(gates.Slice(3 * h, h), tanhCells, output);
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

/// <summary>One sequence of a batched <see cref="Lstm.Recur"/>: its trace (gates filled), the rows its outputs go to, and its length.</summary>
internal readonly record struct LstmSequence(LstmTrace Trace, float[] Outputs, int Length);

/// <summary>A thread's buffers for <see cref="Lstm.Recur"/>: the previous outputs of a step and their products.</summary>
internal sealed class LstmScratch
{
    private float[] _previous = [], _products = [];
    private int[] _pairs = [];

    public (float[] Previous, float[] Products, int[] Pairs) Rows(int sequences, int hidden, int gates, int pairs)
    {
        if (_previous.Length < sequences * hidden)
            _previous = new float[sequences * hidden];
        if (_products.Length < sequences * gates)
            _products = new float[sequences * gates];
        return (_previous, _products, Pairs(sequences * pairs));
    }

    /// <summary>Room for <paramref name="count"/> pairs of quantised inputs (<see cref="QuantisedMatrix.Multiply"/>).</summary>
    public int[] Pairs(int count)
    {
        if (_pairs.Length < count)
            _pairs = new int[count];
        return _pairs;
    }
}
