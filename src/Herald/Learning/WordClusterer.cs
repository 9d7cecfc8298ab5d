namespace Herald.Learning;

/// <summary>
/// Groups words that occur in similar contexts, from raw text: each frequent word is described by its left
/// and right neighbours among the most frequent words (positive PMI), projected to a few dimensions by a
/// seeded random matrix, and the projections are clustered by spherical k-means. A cheap stand-in for Brown
/// clusters. Words are hashes (so the caller decides the normalisation); 0 separates sequences.
/// Deterministic: a fixed seed, a single thread, and ties broken by hash.
/// </summary>
public sealed class WordClusterer(int vocabulary = 40_000, int contexts = 300, int dimensions = 64, int clusters = 256, int iterations = 15, int seed = 1)
{
    private readonly WordStream _words = new();

    /// <summary>Number of words added.</summary>
    public long Words => _words.Hashes.Length;

    /// <summary>Adds one sequence of word hashes (none may be 0).</summary>
    public void Add(ReadOnlySpan<ulong> words) => _words.Add(words);

    /// <summary>The cluster of each frequent word.</summary>
    public Dictionary<ulong, int> Build()
    {
        var ranked = _words.Ranked(3).Select(p => p.Key).ToArray();
        var vocab = ranked.Take(vocabulary).Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i);
        var width = 2 * (contexts + 2);
        var cooc = new float[vocab.Count * width];
        var stream = _words.Hashes;
        for (var i = 0; i < stream.Length; i++)
        {
            if (stream[i] == 0 || !vocab.TryGetValue(stream[i], out var row))
                continue;
            cooc[row * width + Context(i - 1, vocab)]++;
            cooc[row * width + contexts + 2 + Context(i + 1, vocab)]++;
        }
        var vectors = Project(cooc, vocab.Count, width);
        var assignment = KMeans(vectors, vocab.Count, Math.Min(clusters, vocab.Count));
        return vocab.ToDictionary(p => p.Key, p => assignment[p.Value]);
    }

    private int Context(int position, Dictionary<ulong, int> vocab)
    {
        var stream = _words.Hashes;
        if (position < 0 || position >= stream.Length || stream[position] == 0)
            return contexts + 1;
        return vocab.TryGetValue(stream[position], out var rank) && rank < contexts ? rank : contexts;
    }

    // Positive PMI of each (word, context) cell, then a seeded ±1 random projection, normalised to unit length.
    private float[] Project(float[] cooc, int rows, int width)
    {
        var columnTotals = new double[width];
        var rowTotals = new double[rows];
        double total = 0;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < width; c++)
            {
                var v = cooc[r * width + c];
                columnTotals[c] += v;
                rowTotals[r] += v;
                total += v;
            }
        }
        var random = new Random(seed);
        var projection = new float[width * dimensions];
        for (var i = 0; i < projection.Length; i++)
            projection[i] = random.Next(2) == 0 ? -1f : 1f;
        var vectors = new float[rows * dimensions];
        for (var r = 0; r < rows; r++)
        {
            var vector = vectors.AsSpan(r * dimensions, dimensions);
            for (var c = 0; c < width; c++)
            {
                var v = cooc[r * width + c];
                if (v == 0)
                    continue;
                var pmi = (float)Math.Log(v * total / (rowTotals[r] * columnTotals[c]));
                if (pmi <= 0)
                    continue;
                for (var d = 0; d < dimensions; d++)
                    vector[d] += pmi * projection[c * dimensions + d];
            }
            Normalise(vector);
        }
        return vectors;
    }

    // Spherical k-means, seeded with the most frequent words as centroids.
    private int[] KMeans(float[] vectors, int rows, int k)
    {
        var centroids = vectors.AsSpan(0, k * dimensions).ToArray();
        var assignment = new int[rows];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            for (var r = 0; r < rows; r++)
            {
                var vector = vectors.AsSpan(r * dimensions, dimensions);
                var best = 0;
                var bestScore = float.MinValue;
                for (var c = 0; c < k; c++)
                {
                    var score = Dot(vector, centroids.AsSpan(c * dimensions, dimensions));
                    if (score > bestScore)
                    {
                        best = c;
                        bestScore = score;
                    }
                }
                assignment[r] = best;
            }
            Array.Clear(centroids);
            for (var r = 0; r < rows; r++)
            {
                var centroid = centroids.AsSpan(assignment[r] * dimensions, dimensions);
                var vector = vectors.AsSpan(r * dimensions, dimensions);
                for (var d = 0; d < dimensions; d++)
                    centroid[d] += vector[d];
            }
            for (var c = 0; c < k; c++)
                Normalise(centroids.AsSpan(c * dimensions, dimensions));
        }
        return assignment;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
            sum += a[i] * b[i];
        return sum;
    }

    private static void Normalise(Span<float> vector)
    {
        var norm = MathF.Sqrt(Dot(vector, vector));
        if (norm > 0)
        {
            for (var d = 0; d < vector.Length; d++)
                vector[d] /= norm;
        }
    }
}
