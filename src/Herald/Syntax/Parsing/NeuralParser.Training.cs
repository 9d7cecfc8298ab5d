using System.Numerics.Tensors;
using Herald.Learning.Dense;

namespace Herald.Syntax.Parsing;

// What only training needs: initial weights, the forward pass with dropout, and back-propagation.
internal sealed partial class NeuralParser
{
    public void Initialise(Random random)
    {
        foreach (var (table, dims) in new[]
        {
            (WordEmbeddings, Shape.WordDims), (ClusterEmbeddings, Shape.ClusterDims), (UposEmbeddings, Shape.UposDims),
            (TagEmbeddings, Shape.TagDims), (SupertagEmbeddings, Shape.SupertagDims), (ShapeEmbeddings, Shape.ShapeDims),
            (SuffixEmbeddings, Shape.SuffixDims),
        })
        {
            var span = table.Value.AsSpan();
            for (var i = 0; i < span.Length; i++)
                span[i] = (float)((random.NextDouble() * 2 - 1) * Math.Sqrt(3.0 / dims));
        }
        Forward.Initialise(random);
        Backward.Initialise(random);
        DenseMath.GlorotInit(Pad.Value, VectorDims, VectorDims, random);
        DenseMath.GlorotInit(HiddenWeights.Value, Shape.Items * VectorDims, Shape.ScorerHidden, random);
        DenseMath.GlorotInit(OutputWeights.Value, Shape.ScorerHidden, Outputs, random);
    }

    /// <summary>
    /// Embeds the words of <paramref name="state"/> (root included) and runs the BiLSTM, for training:
    /// <paramref name="words"/> gives the word rows (after word dropout), and each input is dropped with
    /// probability <paramref name="dropout"/> (the rest scaled up to keep the sums).
    /// </summary>
    public void Encode(ParseState state, NeuralWorkspace w, ReadOnlySpan<int> words, Random random, float dropout)
    {
        Fill(state, w, words);
        var n = state.Count + 1;
        w.InputMask = Dropout(w.Inputs.AsSpan(0, n * Shape.InputDims), w.InputMask, random, dropout);
        Forward.Forward(w.Inputs, n, w.Vectors, VectorDims, 0, w.ForwardTrace);
        Backward.Forward(w.Inputs, n, w.Vectors, VectorDims, Shape.Hidden, w.BackwardTrace);
    }

    /// <summary>Scores the next transition of <paramref name="state"/> into <see cref="NeuralWorkspace.Scores"/> for training, the scorer's inputs dropped with probability <paramref name="dropout"/>.</summary>
    public void Score(ParseState state, NeuralWorkspace w, Random random, float dropout)
    {
        var v = VectorDims;
        for (var k = 0; k < Shape.Items; k++)
        {
            w.Items[k] = Item(state, k);
            var source = w.Items[k] < 0 ? Pad.Value.AsSpan(k * v, v) : w.Vectors.AsSpan(w.Items[k] * v, v);
            source.CopyTo(w.ScorerInput.AsSpan(k * v, v));
        }
        w.ScorerMask = Dropout(w.ScorerInput, w.ScorerMask, random, dropout);
        var hidden = w.Hidden.AsSpan();
        HiddenBias.Value.CopyTo(hidden);
        DenseMath.MultiplyAdd(HiddenWeights.Value, w.ScorerInput, hidden);
        for (var j = 0; j < hidden.Length; j++)
            hidden[j] = MathF.Tanh(hidden[j]);
        var scores = w.Scores.AsSpan();
        OutputBias.Value.CopyTo(scores);
        DenseMath.MultiplyAdd(OutputWeights.Value, hidden, scores);
    }

    /// <summary>Drops each value with probability <paramref name="p"/> and scales the rest by 1 / (1 - p); returns the mask (reused when large enough), or null when nothing is dropped.</summary>
    private static float[]? Dropout(Span<float> values, float[]? mask, Random random, float p)
    {
        if (p <= 0)
            return null;
        if (mask is null || mask.Length < values.Length)
            mask = new float[Math.Max(values.Length, 2 * (mask?.Length ?? 0))];
        var keep = 1 / (1 - p);
        for (var i = 0; i < values.Length; i++)
        {
            mask[i] = random.NextSingle() < p ? 0f : keep;
            values[i] *= mask[i];
        }
        return mask;
    }

    /// <summary>
    /// Back-propagates the score gradients <paramref name="scoreGradients"/> of the last <see cref="Score"/> (with
    /// labels) into <paramref name="gradients"/> (in the order of <see cref="All"/>) and into the word vectors' gradients.
    /// </summary>
    public void BackwardScore(NeuralWorkspace w, ReadOnlySpan<float> scoreGradients, float[][] gradients)
    {
        var v = VectorDims;
        var hidden = w.Hidden.AsSpan();
        var index = Array.IndexOf(All, OutputWeights);
        DenseMath.OuterAdd(scoreGradients, hidden, gradients[index]);
        TensorPrimitives.Add(gradients[index + 1], scoreGradients, gradients[index + 1]);
        var dHidden = w.HiddenGradient.AsSpan();
        dHidden.Clear();
        DenseMath.TransposeMultiplyAdd(OutputWeights.Value, scoreGradients, dHidden);
        for (var j = 0; j < dHidden.Length; j++)
            dHidden[j] *= 1 - hidden[j] * hidden[j];
        var hiddenIndex = Array.IndexOf(All, HiddenWeights);
        DenseMath.OuterAdd(dHidden, w.ScorerInput, gradients[hiddenIndex]);
        TensorPrimitives.Add(gradients[hiddenIndex + 1], dHidden, gradients[hiddenIndex + 1]);
        var dInput = w.ScorerInputGradient.AsSpan();
        dInput.Clear();
        DenseMath.TransposeMultiplyAdd(HiddenWeights.Value, dHidden, dInput);
        if (w.ScorerMask is { } mask)
            TensorPrimitives.Multiply(dInput, mask.AsSpan(0, dInput.Length), dInput);
        var pad = gradients[Array.IndexOf(All, Pad)];
        for (var k = 0; k < Shape.Items; k++)
        {
            var target = w.Items[k] < 0 ? pad.AsSpan(k * v, v) : w.VectorGradients.AsSpan(w.Items[k] * v, v);
            TensorPrimitives.Add(target, dInput.Slice(k * v, v), target);
        }
    }

    /// <summary>Back-propagates the word vectors' gradients through the BiLSTM into the embeddings.</summary>
    public void BackwardEncode(NeuralWorkspace w, float[][] gradients)
    {
        var n = w.Length;
        var d = Shape.InputDims;
        var first = Array.IndexOf(All, Forward.InputWeights); // the pretrained vectors' gradient is not kept
        Forward.Backward(w.Inputs, w.Vectors, VectorDims, 0, w.VectorGradients, w.ForwardTrace,
            gradients[first], gradients[first + 1], gradients[first + 2], w.InputGradients);
        Backward.Backward(w.Inputs, w.Vectors, VectorDims, Shape.Hidden, w.VectorGradients, w.BackwardTrace,
            gradients[first + 3], gradients[first + 4], gradients[first + 5], w.InputGradients);
        if (w.InputMask is { } mask)
            TensorPrimitives.Multiply(w.InputGradients.AsSpan(0, n * d), mask.AsSpan(0, n * d), w.InputGradients.AsSpan(0, n * d));
        var suffixes = Array.IndexOf(All, SuffixEmbeddings);
        for (var i = 0; i < n; i++)
        {
            var row = w.InputGradients.AsSpan(i * d, d);
            var at = 0;
            at = Add(gradients[0], w.WordRows[i], Shape.WordDims, row, at);
            at = Add(gradients[1], w.ClusterRows[i], Shape.ClusterDims, row, at);
            at = Add(gradients[2], w.Upos[i], Shape.UposDims, row, at);
            at = Add(gradients[3], w.Tags[i], Shape.TagDims, row, at);
            at = Add(gradients[4], w.Supertags[i], Shape.SupertagDims, row, at);
            at = Add(gradients[5], w.Shapes[i], Shape.ShapeDims, row, at);
            at += Shape.PretrainedDims; // fixed: no gradient
            Add(gradients[suffixes], w.SuffixRows[i], Shape.SuffixDims, row, at);
        }
    }

    private static int Add(float[] table, int row, int dims, ReadOnlySpan<float> from, int at)
    {
        var target = table.AsSpan(row * dims, dims);
        TensorPrimitives.Add(target, from.Slice(at, dims), target);
        return at + dims;
    }

    public float[][] NewGradients() => [.. All.Select(p => new float[p.Size])];
}
