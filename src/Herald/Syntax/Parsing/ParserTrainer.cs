using Herald.Learning;
using Herald.Learning.Dense;
using Herald.Syntax.Conllu;
using Herald.Syntax.Tagging;

namespace Herald.Syntax.Parsing;

/// <summary>What scores the parser's transitions and relations.</summary>
public enum ParserScorer
{
    /// <summary>A BiLSTM over the sentence and a feed-forward scorer (<see cref="NeuralParser"/>): the more accurate.</summary>
    Neural,

    /// <summary>Averaged perceptrons over hashed features: faster to train, less accurate.</summary>
    Linear,
}

/// <summary>Settings of <see cref="ParserTrainer"/>.</summary>
public sealed record ParserTrainingOptions
{
    /// <summary>What scores the transitions and relations.</summary>
    public ParserScorer Scorer { get; init; } = ParserScorer.Neural;

    /// <summary>Passes over the training data (the committed models took 24 for the neural scorer, 15 for the linear one).</summary>
    public int Iterations { get; init; } = 24;

    /// <summary>Seed of the shuffling and of the exploration choices.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>From this pass on (0-based), the parser follows its own prediction, right or wrong, with probability <see cref="Explore"/>.</summary>
    public int ExploreFrom { get; init; } = 1;

    /// <summary>How often an exploring pass follows the prediction rather than the oracle.</summary>
    public double Explore { get; init; } = 0.9;

    /// <summary>Averaged weights smaller than this are dropped from the compiled model.</summary>
    public float MinWeight { get; init; } = 0.05f;

    /// <summary>
    /// With 2 or more, the training words are tagged by jackknifing: each of this many folds by a tagger trained
    /// (without word clusters) on the other folds, so that training tags are as noisy as at run time. 0: tag them
    /// with the given tagger, which has seen them.
    /// </summary>
    public int JackknifeFolds { get; init; }

    /// <summary>Whether the features use the word clusters of the tagger that tags the training words.</summary>
    public bool Clusters { get; init; } = true;

    /// <summary>
    /// With 2 or more, the parser uses supertags (<see cref="Supertagger"/>), and the training words' supertags are
    /// jackknifed over this many folds. 0: no supertags.
    /// </summary>
    public int SupertagFolds { get; init; } = 5;

    /// <summary>Passes of the supertagger's training over the data.</summary>
    public int SupertagIterations { get; init; } = 8;

    /// <summary>
    /// How many parsers are trained side by side, each with its own seed (<see cref="Seed"/>, the next, ...), and
    /// mixed into one model by averaging their weights (<see cref="AveragedPerceptron.Mix"/>).
    /// </summary>
    public int Members { get; init; } = 1;

    /// <summary>
    /// A file that keeps the tagged and supertagged training sentences, the dev sentences and the supertagger
    /// between runs on the same data, which skips the jackknifing; null: none.
    /// </summary>
    public string? PreparedCache { get; init; }

    /// <summary>Units of each direction of the neural scorer's BiLSTM.</summary>
    public int LstmUnits { get; init; } = 96;

    /// <summary>Units of the neural scorer's hidden layer.</summary>
    public int ScorerUnits { get; init; } = 128;

    /// <summary>How many parser-state items the neural scorer reads (see <see cref="NeuralParserShape.Items"/>).</summary>
    public int ScorerItems { get; init; } = NeuralParser.MaxItems;

    /// <summary>
    /// Dimensions of the neural scorer's supertag embedding; 0: it reads no supertags and the model keeps no
    /// supertagger (the training words may still be supertagged, for teachers that read them).
    /// </summary>
    public int SupertagDims { get; init; } = 32;

    /// <summary>Decay per batch of the moving average of the neural scorer's weights that is evaluated and kept; 0: none.</summary>
    public float WeightAverage { get; init; }

    /// <summary>Folders of trained neural parsers that teach the one in training (see <see cref="NeuralTrainingOptions.Teachers"/>); empty: none.</summary>
    public IReadOnlyList<string> Teachers { get; init; } = [];

    /// <summary>The teachers' share of the targets.</summary>
    public float TeacherWeight { get; init; } = 0.5f;

    /// <summary>Raw news files from which the neural scorer's fixed word vectors are learnt (<see cref="SkipGramTrainer"/>); empty: none.</summary>
    public IReadOnlyList<string> EmbeddingFiles { get; init; } = [];
}

/// <summary>
/// Trains the arc-hybrid parser with the dynamic oracle (Goldberg and Nivre 2012, 2013): at each step the
/// scorer learns towards the best-scoring transition that loses the fewest gold arcs, and after the first pass
/// the parser mostly follows its own predictions, so that it learns to recover from its mistakes. The neural
/// scorer is trained by <see cref="NeuralParserTrainer"/>; the linear one is a perceptron, with a labeller
/// updated on every arc whose head is right, and several may train side by side, each with its own seed, and
/// be mixed into one model by averaging their weights. Deterministic for a given seed.
/// </summary>
public static class ParserTrainer
{
    /// <summary>
    /// Tags the gold words of <paramref name="train"/> (and <paramref name="dev"/>) with <paramref name="tagger"/>,
    /// lifts non-projective training trees, and trains; with dev sentences, the best of the last passes on dev is kept.
    /// </summary>
    public static ParserModel Train(IEnumerable<ConlluSentence> train, IEnumerable<ConlluSentence>? dev, TaggerModel tagger, ParserTrainingOptions options, TextWriter? log)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        var stage = new TaggerStage(tagger);
        var clusters = options.Clusters ? new WordClusters(tagger) : WordClusters.None;
        var all = train.Where(s => s.Words.Count > 0).ToList();
        var devList = dev?.Where(s => s.Words.Count > 0).ToList();
        var key = $"{PreparedSentences.Layout}:{all.Count}:{all.Sum(s => s.Words.Count)}:{devList?.Count}:{options.JackknifeFolds}:{options.SupertagFolds}:{options.SupertagIterations}:{options.Seed}:{clusters.Fingerprint}";
        if (options.PreparedCache is { } cache && PreparedSentences.TryRead(cache, key) is { } prepared)
        {
            log?.WriteLine($"tagged sentences read from {cache}");
            return Train(prepared.Train, options, prepared.Dev, log is null ? null : log.WriteLine, clusters, prepared.Supertagger);
        }
        var sentences = (options.JackknifeFolds >= 2 ? Jackknife(all, options, clusters, log) : all.Select(s => ParserSentence.From(s, stage, clusters)))
            .Where(s => s.IsTree()).ToList();
        var devSentences = devList?.Select(s => ParserSentence.From(s, stage, clusters)).ToList();
        long arcs = 0, lifted = 0;
        foreach (var sentence in sentences)
        {
            arcs += sentence.Count;
            lifted += Projectivizer.Lift((int[])sentence.Heads.Clone());
        }
        log?.WriteLine($"{sentences.Count:N0} training sentences ({arcs:N0} words) tagged; {lifted:N0} arcs ({100.0 * lifted / Math.Max(1, arcs):F2}%) lifted to make the trees projective");
        var supertagger = options.SupertagFolds >= 2 ? SupertaggerTrainer.Jackknife(sentences, options, log is null ? null : log.WriteLine) : null;
        if (options.PreparedCache is { } path)
            PreparedSentences.Write(path, key, new PreparedSentences(sentences, devSentences, supertagger));
        return Train(sentences, options, devSentences, log is null ? null : log.WriteLine, clusters, supertagger);
    }

    internal static ParserModel Train(IReadOnlyList<ParserSentence> sentences, ParserTrainingOptions options, IReadOnlyList<ParserSentence>? dev, Action<string>? log, WordClusters? clusters = null)
    {
        var supertagger = options.SupertagFolds >= 2 ? SupertaggerTrainer.Jackknife(sentences, options, log) : null;
        return Train(sentences, options, dev, log, clusters, supertagger);
    }

    private static ParserModel Train(IReadOnlyList<ParserSentence> sentences, ParserTrainingOptions options, IReadOnlyList<ParserSentence>? dev, Action<string>? log, WordClusters? clusters, Supertagger? supertagger)
    {
        var gold = sentences.Select(s => Lifted(s.Heads)).ToArray();
        if (options.Scorer == ParserScorer.Neural)
            return TrainNeural(sentences, gold, options, dev, log, clusters, supertagger);
        var members = Enumerable.Range(0, Math.Max(1, options.Members)).Select(m => new Member(options.Seed + m, sentences.Count)).ToArray();
        ParserModel Mix() => new(AveragedPerceptron.Mix([.. members.Select(m => m.Transitions)], options.MinWeight),
            AveragedPerceptron.Mix([.. members.Select(m => m.Labels)], options.MinWeight), clusters, supertagger);
        ParserModel? best = null;
        var bestLas = -1.0;
        for (var iteration = 0; iteration < options.Iterations; iteration++)
        {
            long steps = 0, wrong = 0;
            foreach (var member in members)
            {
                var (memberSteps, memberWrong) = Pass(member, sentences, gold, iteration >= options.ExploreFrom ? options.Explore : 0);
                steps += memberSteps;
                wrong += memberWrong;
            }
            var line = $"iteration {iteration + 1}: {(double)wrong / Math.Max(1, steps):P2} transitions wrong, {members[0].Transitions.FeatureCount:N0} + {members[0].Labels.FeatureCount:N0} features";
            if (dev is not null && (iteration >= options.Iterations - 6 || iteration % 3 == 0))
            {
                var model = Mix();
                var (uas, las) = Score(model, dev);
                line += $", dev UAS {uas:F2} LAS {las:F2}";
                if (las > bestLas && iteration >= options.Iterations - 6)
                {
                    bestLas = las;
                    best = model;
                    line += " (best)";
                }
            }
            log?.Invoke(line);
        }
        return best ?? Mix();
    }

    private static ParserModel TrainNeural(IReadOnlyList<ParserSentence> sentences, int[][] gold, ParserTrainingOptions options,
        IReadOnlyList<ParserSentence>? dev, Action<string>? log, WordClusters? clusters, Supertagger? supertagger)
    {
        var own = options.SupertagDims > 0 ? supertagger : null; // the supertagger the model keeps and runs
        (double, double) Evaluate(NeuralParser parser)
        {
            parser.Freeze(fast: false);
            return Score(new ParserModel(parser, clusters, own), dev!);
        }
        var vectors = WordVectors(options, log);
        var teachers = options.Teachers.Select(folder => Teacher(folder, supertagger)).ToList();
        var shape = new NeuralParserShape { Hidden = options.LstmUnits, ScorerHidden = options.ScorerUnits, Items = options.ScorerItems, SupertagDims = options.SupertagDims };
        var settings = new NeuralTrainingOptions
        {
            Epochs = options.Iterations, Seed = options.Seed, Explore = options.Explore, WeightAverageDecay = options.WeightAverage,
            Shape = shape, Teachers = teachers, TeacherWeight = options.TeacherWeight,
        };
        var neural = NeuralParserTrainer.Train(sentences, gold, settings, vectors, dev is null ? null : Evaluate, log);
        neural.Quantise();
        neural.Freeze();
        return new ParserModel(neural, clusters, own);
    }

    /// <summary>The neural parser in <paramref name="folder"/>, as a teacher: it must read the supertags the training words have.</summary>
    private static NeuralParser Teacher(string folder, Supertagger? supertagger)
    {
        var model = ParserModel.Load(folder);
        var neural = model.Neural ?? throw new InvalidDataException($"{folder}: a teacher must be a neural parser");
        if (model.Supertagger is not null && supertagger is null)
            throw new InvalidDataException($"{folder}: the teacher reads supertags, so the training words need them (--supertag-folds 2 or more)");
        neural.Freeze(fast: false);
        return neural;
    }

    private static Dictionary<ulong, float[]>? WordVectors(ParserTrainingOptions options, Action<string>? log)
    {
        if (options.EmbeddingFiles.Count == 0)
            return null;
        var trainer = new SkipGramTrainer(seed: options.Seed);
        RawTextWords.Read(options.EmbeddingFiles, form => ParseState.WordHash(form), trainer.Add);
        var vectors = trainer.Build();
        log?.Invoke($"word vectors: {vectors.Count:N0} words learnt from {trainer.Words:N0} words of raw text");
        return vectors;
    }

    /// <summary>One parser in training: its transition and relation perceptrons, and its own sentence order and exploration choices.</summary>
    private sealed class Member(int seed, int sentences)
    {
        public AveragedPerceptron Transitions { get; } = new(ParseState.TransitionCount);
        public AveragedPerceptron Labels { get; } = new(DependencyLabels.Count);
        public Random Random { get; } = new(seed);
        public int[] Order { get; } = [.. Enumerable.Range(0, sentences)];
    }

    /// <summary>One pass of <paramref name="member"/> over the sentences, following its own predictions with probability <paramref name="explore"/>; returns the steps and the wrong ones.</summary>
    private static (long Steps, long Wrong) Pass(Member member, IReadOnlyList<ParserSentence> sentences, int[][] gold, double explore)
    {
        var (transitions, labels, random) = (member.Transitions, member.Labels, member.Random);
        var state = new ParseState();
        var features = new ulong[ParserFeatures.MaxTransition];
        var scores = new float[256];
        Span<int> costs = stackalloc int[ParseState.TransitionCount];
        long steps = 0, wrong = 0;
        random.Shuffle(member.Order);
        foreach (var index in member.Order)
        {
            var sentence = sentences[index];
            var heads = gold[index];
            sentence.Load(state);
            while (!state.Terminal)
            {
                var n = ParserFeatures.Transition(state, features);
                transitions.Score(features.AsSpan(0, n), scores);
                var (predicted, target, minCost) = ArcHybridOracle.Choose(state, heads, scores, costs);
                steps++;
                if (costs[predicted] > minCost)
                {
                    wrong++;
                    transitions.Update(features.AsSpan(0, n), target, predicted);
                }
                else
                    transitions.Update(features.AsSpan(0, n), predicted, predicted);
                var next = explore > 0 && random.NextDouble() < explore ? predicted : target;
                var label = next == ParseState.Shift ? -1 : Label(state, next, sentence, labels, features, scores);
                state.Apply(next, label);
            }
        }
        return (steps, wrong);
    }

    private static int Label(ParseState state, int transition, ParserSentence sentence, AveragedPerceptron labels, ulong[] features, float[] scores)
    {
        var (head, dependent) = state.ArcOf(transition);
        if (head == 0)
            return DependencyLabels.Root;
        var n = ParserFeatures.Label(state, head, dependent, features);
        labels.Score(features.AsSpan(0, n), scores);
        var predicted = 1;
        for (var c = 2; c < labels.Classes; c++)
        {
            if (scores[c] > scores[predicted])
                predicted = c;
        }
        if (sentence.Heads[dependent] == head && sentence.Labels[dependent] != DependencyLabels.Root)
            labels.Update(features.AsSpan(0, n), sentence.Labels[dependent], predicted);
        return predicted;
    }

    /// <summary>Unlabelled and labelled attachment (all words, full relations) of <paramref name="model"/> on tagged gold sentences.</summary>
    internal static (double Uas, double Las) Score(ParserModel model, IReadOnlyList<ParserSentence> sentences)
    {
        var state = new ParseState();
        long words = 0, heads = 0, both = 0;
        foreach (var sentence in sentences)
        {
            sentence.Load(state);
            model.Parse([state]);
            for (var i = 1; i <= sentence.Count; i++)
            {
                words++;
                if (state.Heads[i] == sentence.Heads[i])
                {
                    heads++;
                    if (state.Labels[i] == sentence.Labels[i])
                        both++;
                }
            }
        }
        return (100.0 * heads / Math.Max(1, words), 100.0 * both / Math.Max(1, words));
    }

    private static List<ParserSentence> Jackknife(List<ConlluSentence> all, ParserTrainingOptions options, WordClusters clusters, TextWriter? log)
    {
        var folds = options.JackknifeFolds;
        var tagged = new ParserSentence[all.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var rest = all.Where((_, i) => i % folds != fold).ToList();
            var tagger = new TaggerTrainer(new TaggerTrainingOptions { Seed = options.Seed }).Train(
                rest, new Dictionary<string, IReadOnlyList<ConlluSentence>>(), [], TextWriter.Null);
            var stage = new TaggerStage(tagger);
            for (var i = fold; i < all.Count; i += folds)
                tagged[i] = ParserSentence.From(all[i], stage, clusters);
            log?.WriteLine($"jackknife fold {fold + 1}/{folds} tagged");
        }
        return [.. tagged];
    }

    private static int[] Lifted(int[] heads)
    {
        var copy = (int[])heads.Clone();
        Projectivizer.Lift(copy);
        return copy;
    }
}
