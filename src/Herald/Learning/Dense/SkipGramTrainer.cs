using System.Numerics.Tensors;

namespace Herald.Learning.Dense;

/// <summary>
/// Learns word vectors from raw text with the skip-gram objective and negative sampling (Mikolov et al. 2013):
/// each word's vector is trained to predict the words around it against random words drawn by frequency^0.75;
/// words more frequent than <c>subsample</c> of the text are subsampled and the window size varies. Words are hashes (the caller decides the
/// normalisation); 0 separates documents. Deterministic: a fixed seed and a single thread.
/// </summary>
public sealed class SkipGramTrainer(int dimensions = 64, int window = 5, int negatives = 5, int minCount = 5, int vocabulary = 50_000, int epochs = 2, int seed = 1, double subsample = 1e-4)
{
    private const float StartRate = 0.025f;
    private readonly WordStream _stream = new();

    /// <summary>Number of words added.</summary>
    public long Words => _stream.Hashes.Length;

    /// <summary>Adds one document's word hashes (none may be 0).</summary>
    public void Add(ReadOnlySpan<ulong> words) => _stream.Add(words);

    /// <summary>The vector of each word seen at least <c>minCount</c> times (the most frequent <c>vocabulary</c> of them), scaled to unit length.</summary>
    public Dictionary<ulong, float[]> Build()
    {
        var ranked = _stream.Ranked(minCount).Take(vocabulary).ToArray();
        var index = ranked.Select((p, i) => (p.Key, i)).ToDictionary(p => p.Key, p => p.i);
        var ids = new List<int>(_stream.Hashes.Length);
        foreach (var word in _stream.Hashes)
        {
            if (word == 0)
                ids.Add(-1); // a document ends
            else if (index.TryGetValue(word, out var id))
                ids.Add(id);
        }
        var total = (double)ranked.Sum(p => (long)p.Value);
        var keep = ranked.Select(p => Math.Min(1.0, (Math.Sqrt(p.Value / (subsample * total)) + 1) * subsample * total / p.Value)).ToArray();
        var table = NegativeTable(ranked.Select(p => p.Value).ToArray());
        var d = dimensions;
        var input = new float[ranked.Length * d];
        var output = new float[ranked.Length * d];
        var random = new Random(seed);
        for (var i = 0; i < input.Length; i++)
            input[i] = (float)((random.NextDouble() - 0.5) / d);
        var gradient = new float[d];
        var kept = new List<int>();
        long done = 0, planned = (long)epochs * ids.Count;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            var start = 0;
            for (var end = 0; end < ids.Count; end++)
            {
                if (ids[end] >= 0)
                    continue;
                kept.Clear();
                for (var i = start; i < end; i++)
                {
                    if (random.NextDouble() < keep[ids[i]])
                        kept.Add(ids[i]);
                }
                done += end - start;
                var rate = Math.Max(StartRate * 1e-4f, StartRate * (1 - (float)done / planned));
                Document(kept, input, output, gradient, table, random, rate);
                start = end + 1;
            }
        }
        var vectors = new Dictionary<ulong, float[]>(ranked.Length);
        for (var w = 0; w < ranked.Length; w++)
        {
            var vector = input.AsSpan(w * d, d).ToArray();
            var norm = MathF.Sqrt(TensorPrimitives.Dot(vector, vector));
            if (norm > 0)
                TensorPrimitives.Divide(vector, norm, vector);
            vectors[ranked[w].Key] = vector;
        }
        return vectors;
    }

    private void Document(List<int> words, float[] input, float[] output, float[] gradient, int[] table, Random random, float rate)
    {
        var d = dimensions;
        for (var i = 0; i < words.Count; i++)
        {
            var reach = random.Next(1, window + 1);
            var center = input.AsSpan(words[i] * d, d);
            for (var j = Math.Max(0, i - reach); j <= Math.Min(words.Count - 1, i + reach); j++)
            {
                if (j == i)
                    continue;
                Array.Clear(gradient);
                for (var n = 0; n <= negatives; n++)
                {
                    var target = n == 0 ? words[j] : table[random.Next(table.Length)];
                    if (n > 0 && target == words[j])
                        continue;
                    var context = output.AsSpan(target * d, d);
                    var score = TensorPrimitives.Dot(center, context);
                    var g = rate * ((n == 0 ? 1f : 0f) - DenseMath.Sigmoid(score));
                    TensorPrimitives.MultiplyAdd(context, g, gradient, gradient);
                    TensorPrimitives.MultiplyAdd(center, g, context, context);
                }
                TensorPrimitives.Add(center, gradient, center);
            }
        }
    }

    // Words drawn in proportion to count^0.75.
    private static int[] NegativeTable(int[] counts)
    {
        const int size = 1 << 21;
        var table = new int[size];
        if (counts.Length == 0)
            return [0];
        var weights = counts.Select(c => Math.Pow(c, 0.75)).ToArray();
        var sum = weights.Sum();
        var word = 0;
        var cumulative = weights[0] / sum;
        for (var i = 0; i < size; i++)
        {
            table[i] = word;
            if ((double)(i + 1) / size > cumulative && word < counts.Length - 1)
                cumulative += weights[++word] / sum;
        }
        return table;
    }
}
