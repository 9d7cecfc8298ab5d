using Herald.Learning.Dense;

namespace Herald.Tests.Learning;

public sealed class LstmTests
{
    private const int Inputs = 5, Hidden = 4, Length = 6;

    // The loss is a fixed random mix of every output, so its gradient reaches every weight.
    private static double Loss(Lstm lstm, float[] inputs, float[] mix)
    {
        var outputs = new float[Length * Hidden];
        lstm.Forward(inputs, Length, outputs, Hidden, 0, new LstmTrace());
        double loss = 0;
        for (var i = 0; i < outputs.Length; i++)
            loss += outputs[i] * mix[i];
        return loss;
    }

    [Theory]
    [InlineData(false, 16, false)]
    [InlineData(true, 16, false)]
    [InlineData(false, 20, false)] // units past the last whole vector take the scalar path
    [InlineData(false, 16, true)]
    [InlineData(true, 20, true)]
    public void The_batched_recurrence_gives_each_sequence_what_training_computes_for_it(bool reverse, int hidden, bool fastActivations)
    {
        var random = new Random(11);
        const int inputs = 7;
        var lstm = new Lstm(inputs, hidden, reverse);
        lstm.Initialise(random);
        int[] lengths = [6, 1, 9, 4, 9];
        var sequences = new LstmSequence[lengths.Length];
        var expected = new float[lengths.Length][];
        for (var s = 0; s < lengths.Length; s++)
        {
            var x = Enumerable.Range(0, lengths[s] * inputs).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
            expected[s] = new float[lengths[s] * hidden];
            var trained = new LstmTrace();
            lstm.Forward(x, lengths[s], expected[s], hidden, 0, trained);
            // the batch starts from the same input shares: the gates' sums before the recurrence
            var trace = new LstmTrace();
            trace.Reset(lengths[s], hidden);
            for (var t = 0; t < lengths[s]; t++)
            {
                for (var r = 0; r < 4 * hidden; r++)
                {
                    var sum = lstm.Bias.Value[r];
                    for (var c = 0; c < inputs; c++)
                        sum += lstm.InputWeights.Value[r * inputs + c] * x[t * inputs + c];
                    trace.Gates[t * 4 * hidden + r] = sum;
                }
            }
            sequences[s] = new LstmSequence(trace, new float[lengths[s] * hidden], lengths[s]);
        }
        lstm.Recur(sequences, hidden, 0, lstm.RecurrentProduct(), new LstmScratch(), fastActivations);
        for (var s = 0; s < lengths.Length; s++)
        {
            for (var i = 0; i < expected[s].Length; i++)
                Assert.Equal(expected[s][i], sequences[s].Outputs[i], 1e-3f); // inference rounds the recurrent product to 16-bit integers
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Backward_matches_finite_differences_for_weights_and_inputs(bool reverse)
    {
        var random = new Random(3);
        var lstm = new Lstm(Inputs, Hidden, reverse);
        lstm.Initialise(random);
        var inputs = Enumerable.Range(0, Length * Inputs).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        var mix = Enumerable.Range(0, Length * Hidden).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();

        var outputs = new float[Length * Hidden];
        var trace = new LstmTrace();
        lstm.Forward(inputs, Length, outputs, Hidden, 0, trace);
        var inputWeights = new float[lstm.InputWeights.Size];
        var hiddenWeights = new float[lstm.HiddenWeights.Size];
        var bias = new float[lstm.Bias.Size];
        var inputGradients = new float[inputs.Length];
        lstm.Backward(inputs, outputs, Hidden, 0, mix, trace, inputWeights, hiddenWeights, bias, inputGradients);

        foreach (var (values, analytic) in new[] { (lstm.InputWeights.Value, inputWeights), (lstm.HiddenWeights.Value, hiddenWeights), (lstm.Bias.Value, bias), (inputs, inputGradients) })
        {
            for (var i = 0; i < values.Length; i += 7)
            {
                var kept = values[i];
                values[i] = kept + 1e-2f;
                var up = Loss(lstm, inputs, mix);
                values[i] = kept - 1e-2f;
                var down = Loss(lstm, inputs, mix);
                values[i] = kept;
                var numeric = (up - down) / 2e-2;
                Assert.True(Math.Abs(numeric - analytic[i]) < 2e-3 + 2e-2 * Math.Abs(numeric), $"entry {i}: numeric {numeric}, analytic {analytic[i]}");
            }
        }
    }
}
