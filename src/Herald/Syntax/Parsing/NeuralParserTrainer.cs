using Herald.Learning;
using Herald.Learning.Dense;

namespace Herald.Syntax.Parsing;

/// <summary>Settings of <see cref="NeuralParserTrainer"/>.</summary>
internal sealed record NeuralTrainingOptions
{
    public int Epochs { get; init; } = 20;
    public int Seed { get; init; } = 1;
    public int BatchSentences { get; init; } = 32;
    public float LearningRate { get; init; } = 1e-3f;

    /// <summary>A word seen c times in training is replaced by the unknown word with probability α / (α + c).</summary>
    public float WordDropout { get; init; } = 0.25f;

    /// <summary>From the second epoch on, how often the parser follows its own prediction rather than the oracle's.</summary>
    public double Explore { get; init; } = 0.9;

    public float ClipNorm { get; init; } = 5f;

    /// <summary>Dropout of the BiLSTM's inputs and of the scorer's inputs (Srivastava et al. 2014).</summary>
    public float Dropout { get; init; } = 0.33f;

    public NeuralParserShape Shape { get; init; } = new();

    /// <summary>
    /// Decay per batch of an exponential moving average of the weights (Polyak averaging), which is what is evaluated
    /// and kept; 0: the weights themselves.
    /// </summary>
    public float WeightAverageDecay { get; init; }

    /// <summary>
    /// Workers that compute a batch's gradients, each over its own share of the sentences, in parallel where
    /// there are cores; their sums are added in a fixed order, so the model depends on this number but not on
    /// timing or on the machine's cores.
    /// </summary>
    public int Threads { get; init; } = 2;

    /// <summary>
    /// Trained parsers whose mean probabilities of the transitions and relations, on the states the parser in
    /// training meets, are part of its targets (knowledge distillation from an ensemble: Hinton et al. 2015;
    /// Kuncoro et al. 2016; Liu et al. 2018); empty: the oracle's targets alone.
    /// </summary>
    public IReadOnlyList<NeuralParser> Teachers { get; init; } = [];

    /// <summary>The teachers' share of each target, the oracle's being the rest.</summary>
    public float TeacherWeight { get; init; } = 0.5f;
}

/// <summary>
/// Trains <see cref="NeuralParser"/> with the dynamic oracle: at each step the loss is the cross-entropy of the
/// legal transitions against the best-scoring one that loses the fewest gold arcs, plus that of the relation
/// when the arc made is a gold one; after the first epoch the parser mostly follows its own predictions. Adam
/// over batches of sentences, whose gradients are computed on several threads and summed in a fixed order.
/// With dev sentences, the weights of the best epoch on dev in the second half of training are kept (with
/// <see cref="NeuralTrainingOptions.WeightAverageDecay"/>, their moving average is what is evaluated and kept).
/// </summary>
internal static class NeuralParserTrainer
{
    /// <summary>How often a word ending must occur in training to get its own embedding; rarer ones share the unknown row.</summary>
    private const int MinSuffixCount = 5;

    public static NeuralParser Train(IReadOnlyList<ParserSentence> sentences, int[][] gold, NeuralTrainingOptions options,
        IReadOnlyDictionary<ulong, float[]>? vectors, Func<NeuralParser, (double Uas, double Las)>? evaluate, Action<string>? log)
    {
        var counts = new Dictionary<ulong, int>();
        var clusterIds = new Dictionary<ulong, int>();
        var suffixCounts = new Dictionary<ulong, int>();
        foreach (var sentence in sentences)
        {
            for (var i = 1; i <= sentence.Count; i++)
            {
                counts[sentence.Words[i]] = counts.GetValueOrDefault(sentence.Words[i]) + 1;
                clusterIds.TryAdd(sentence.Clusters[i], clusterIds.Count + 1);
                suffixCounts[sentence.Suffixes[i]] = suffixCounts.GetValueOrDefault(sentence.Suffixes[i]) + 1;
            }
        }
        clusterIds.TryAdd(ParseState.RootCluster, clusterIds.Count + 1);
        var words = new Dictionary<ulong, int> { [ParseState.RootWord] = 1 };
        foreach (var (word, count) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key))
        {
            if (count >= 2)
                words.TryAdd(word, words.Count + 1);
        }
        var suffixes = new Dictionary<ulong, int> { [ParseState.RootWord] = 1 };
        foreach (var (suffix, count) in suffixCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key))
        {
            if (count >= MinSuffixCount)
                suffixes.TryAdd(suffix, suffixes.Count + 1);
        }
        var frequency = new int[words.Count + 1];
        foreach (var (word, row) in words)
            frequency[row] = counts.GetValueOrDefault(word, 1_000_000);
        var pretrained = new Dictionary<ulong, int>();
        foreach (var word in vectors?.Keys ?? Enumerable.Empty<ulong>())
            pretrained[word] = pretrained.Count + 1;
        var shape = options.Shape with { PretrainedDims = vectors?.Values.FirstOrDefault()?.Length ?? 0 };
        var parser = new NeuralParser(shape, words, clusterIds, pretrained, suffixes);
        parser.Initialise(new Random(options.Seed));
        if (vectors is not null)
            parser.SetPretrained(vectors);
        log?.Invoke($"neural parser: {words.Count:N0} words, {clusterIds.Count:N0} clusters, {suffixes.Count:N0} suffixes, {parser.WeightCount:N0} weights");

        var workers = Enumerable.Range(0, options.Threads).Select(_ => new Worker(parser, options.Teachers)).ToArray();
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var shuffle = new Random(options.Seed);
        var step = 0;
        float[][]? best = null;
        var bestLas = -1.0;
        var average = options.WeightAverageDecay > 0 ? parser.All.Select(p => (float[])p.Value.Clone()).ToArray() : null;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            shuffle.Shuffle(order);
            var explore = epoch == 0 ? 0 : options.Explore;
            long steps = 0, wrong = 0;
            double loss = 0;
            for (var start = 0; start < order.Length; start += options.BatchSentences)
            {
                var batch = order.AsSpan(start, Math.Min(options.BatchSentences, order.Length - start)).ToArray();
                Parallel.For(0, workers.Length, new ParallelOptions { MaxDegreeOfParallelism = workers.Length }, k =>
                {
                    var worker = workers[k];
                    for (var b = k; b < batch.Length; b += workers.Length)
                    {
                        var index = batch[b];
                        var random = new Random((int)(FeatureHash.Mix(FeatureHash.Mix((ulong)options.Seed, (ulong)epoch), (ulong)index) & int.MaxValue));
                        worker.Sentence(sentences[index], gold[index], frequency, options, explore, random);
                    }
                });
                foreach (var worker in workers)
                {
                    steps += worker.Steps;
                    wrong += worker.Wrong;
                    loss += worker.Loss;
                    worker.Steps = worker.Wrong = 0;
                    worker.Loss = 0;
                }
                Apply(parser, workers, ++step, options.LearningRate, options.ClipNorm);
                if (average is not null)
                    Average(parser, average, options.WeightAverageDecay);
            }
            var line = $"epoch {epoch + 1}: {(double)wrong / Math.Max(1, steps):P2} transitions wrong, loss {loss / Math.Max(1, steps):F4}";
            if (evaluate is not null)
            {
                if (average is not null)
                    Swap(parser, average);
                var (uas, las) = evaluate(parser);
                line += $", dev UAS {uas:F2} LAS {las:F2}";
                if (las > bestLas && epoch >= options.Epochs / 2)
                {
                    bestLas = las;
                    best = [.. parser.All.Select(p => (float[])p.Value.Clone())];
                    line += " (best)";
                }
                if (average is not null)
                    Swap(parser, average);
            }
            log?.Invoke(line);
        }
        best ??= average;
        if (best is not null)
        {
            for (var p = 0; p < best.Length; p++)
                best[p].CopyTo(parser.All[p].Value, 0);
        }
        return parser;
    }

    private static void Average(NeuralParser parser, float[][] average, float decay)
    {
        for (var p = 0; p < average.Length; p++)
        {
            var value = parser.All[p].Value;
            var mean = average[p];
            for (var i = 0; i < mean.Length; i++)
                mean[i] = decay * mean[i] + (1 - decay) * value[i];
        }
    }

    /// <summary>Exchanges the parser's weights with <paramref name="other"/>, element by element.</summary>
    private static void Swap(NeuralParser parser, float[][] other)
    {
        for (var p = 0; p < other.Length; p++)
        {
            var value = parser.All[p].Value;
            var with = other[p];
            for (var i = 0; i < value.Length; i++)
                (value[i], with[i]) = (with[i], value[i]);
        }
    }

    private static void Apply(NeuralParser parser, Worker[] workers, int step, float rate, float clipNorm)
    {
        var total = workers[0].Gradients;
        for (var k = 1; k < workers.Length; k++)
        {
            for (var p = 0; p < total.Length; p++)
            {
                var from = workers[k].Gradients[p];
                System.Numerics.Tensors.TensorPrimitives.Add(total[p], from, total[p]);
                Array.Clear(from);
            }
        }
        var norm = MathF.Sqrt(total.Sum(g => Parameter.SquaredNorm(g)));
        if (norm > clipNorm)
        {
            foreach (var g in total)
                System.Numerics.Tensors.TensorPrimitives.Multiply(g, clipNorm / norm, g);
        }
        for (var p = 0; p < total.Length; p++)
            parser.All[p].Step(total[p], step, rate);
    }

    private sealed class Worker(NeuralParser parser, IReadOnlyList<NeuralParser> teachers)
    {
        private readonly NeuralWorkspace _workspace = new();
        private readonly NeuralWorkspace[] _teacherWorkspaces = [.. teachers.Select(_ => new NeuralWorkspace())];
        private readonly ParseState _state = new();
        private readonly float[] _scoreGradients = new float[NeuralParser.Outputs];
        private int[] _rows = new int[64];
        public float[][] Gradients { get; } = parser.NewGradients();
        public long Steps, Wrong;
        public double Loss;

        public void Sentence(ParserSentence sentence, int[] heads, int[] frequency, NeuralTrainingOptions options, double explore, Random random)
        {
            var state = _state;
            var w = _workspace;
            sentence.Load(state);
            if (_rows.Length < state.Count + 1)
                _rows = new int[2 * (state.Count + 1)];
            parser.WordRows(state, _rows);
            for (var i = 1; i <= state.Count; i++)
            {
                var row = _rows[i];
                var alpha = options.WordDropout;
                var keep = row == NeuralParser.UnknownWord ? 0 : frequency[row];
                if (alpha > 0 && random.NextDouble() < alpha / (alpha + keep))
                    _rows[i] = NeuralParser.UnknownWord;
            }
            parser.Encode(state, w, _rows, random, options.Dropout);
            for (var k = 0; k < teachers.Count; k++)
                teachers[k].Prepare(state, _teacherWorkspaces[k]);
            var taught = teachers.Count > 0 ? options.TeacherWeight : 0f;
            Span<float> teacherTransitions = stackalloc float[ParseState.TransitionCount];
            Span<float> teacherLabels = stackalloc float[DependencyLabels.Count];
            Span<int> costs = stackalloc int[ParseState.TransitionCount];
            Span<bool> legal = stackalloc bool[ParseState.TransitionCount];
            while (!state.Terminal)
            {
                parser.Score(state, w, random, options.Dropout);
                var scores = w.Scores.AsSpan();
                var (predicted, target, minCost) = ArcHybridOracle.Choose(state, heads, scores, costs);
                for (var t = 0; t < ParseState.TransitionCount; t++)
                    legal[t] = costs[t] >= 0;
                Steps++;
                if (costs[predicted] > minCost)
                    Wrong++;
                var next = explore > 0 && random.NextDouble() < explore ? predicted : target;
                var (head, dependent) = next == ParseState.Shift ? (-1, -1) : state.ArcOf(next);
                var goldArc = head > 0 && sentence.Heads[dependent] == head && sentence.Labels[dependent] != DependencyLabels.Root;
                teacherTransitions.Clear();
                teacherLabels.Clear();
                for (var k = 0; k < teachers.Count; k++)
                    teachers[k].AddProbabilities(state, _teacherWorkspaces[k], legal, goldArc ? next : -1, 1f / teachers.Count, teacherTransitions, teacherLabels);
                var gradient = _scoreGradients.AsSpan();
                gradient.Clear();
                var transitions = gradient[..ParseState.TransitionCount];
                scores[..ParseState.TransitionCount].CopyTo(transitions);
                DenseMath.Softmax(transitions, legal);
                Loss += Learn(transitions, target, teacherTransitions, taught);
                var label = -1;
                if (next != ParseState.Shift)
                {
                    label = head == 0 ? DependencyLabels.Root : NeuralParser.BestLabel(scores, next);
                    if (goldArc)
                    {
                        var first = ParseState.TransitionCount + (next == ParseState.Left ? 0 : DependencyLabels.Count);
                        var labels = gradient.Slice(first, DependencyLabels.Count);
                        scores.Slice(first, DependencyLabels.Count).CopyTo(labels);
                        DenseMath.Softmax(labels, DependencyLabels.AllButRoot);
                        Loss += Learn(labels, sentence.Labels[dependent], teacherLabels, taught);
                    }
                }
                parser.BackwardScore(w, gradient, Gradients);
                state.Apply(next, label);
            }
            parser.BackwardEncode(w, Gradients);
        }

        /// <summary>
        /// Turns the probabilities <paramref name="p"/> into the cross-entropy's gradient against the target that puts
        /// <paramref name="taught"/> on the teachers' probabilities and the rest on <paramref name="gold"/>; returns the loss.
        /// </summary>
        private static double Learn(Span<float> p, int gold, ReadOnlySpan<float> teachers, float taught)
        {
            var loss = 0.0;
            for (var c = 0; c < p.Length; c++)
            {
                var target = taught * teachers[c] + (c == gold ? 1 - taught : 0f);
                if (target > 0)
                    loss -= target * Math.Log(Math.Max(1e-12, p[c]));
                p[c] -= target;
            }
            return loss;
        }
    }
}
