using System.Diagnostics;
using System.Globalization;
using Herald.Learning;

namespace Herald.Entities.Recognition;

/// <summary>Settings for <see cref="NerTrainer"/>.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>Passes over the training documents.</summary>
    public int Iterations { get; init; } = 10;

    /// <summary>Seed for the document order; the same seed gives the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Averaged weights smaller than this are dropped.</summary>
    public float PruneWeight { get; init; }

    /// <summary>
    /// On corpora that do not annotate MISC, a MISC guess where the gold says outside is not corrected (the gold
    /// outside there means "outside or MISC").
    /// </summary>
    public bool PartialMisc { get; init; } = true;
}

/// <summary>
/// Trains a <see cref="NerModel"/>: an averaged perceptron over the BILOU classes, by greedy passes over the
/// documents in a seeded order with the model's own predictions as history (previous classes and document
/// history). Deterministic for a given seed.
/// </summary>
public sealed class NerTrainer(NerTrainingOptions options)
{
    /// <summary>Trains on <paramref name="train"/>, logging each pass with scores on <paramref name="dev"/> to <paramref name="log"/>.</summary>
    public NerModel Train(IReadOnlyList<NerExample> train, NerLexicon lexicon, IReadOnlyDictionary<string, IReadOnlyList<NerExample>> dev, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(dev);
        ArgumentNullException.ThrowIfNull(log);
        var caseInfo = new Dictionary<ulong, int>();
        var words = train.Select(e =>
        {
            var w = new NerWord[e.Document.TokenCount];
            NerWord.Build(e.Document, lexicon, w, caseInfo);
            return w;
        }).ToArray();
        var labels = new int[Math.Max(1, train.Count == 0 ? 0 : train.Max(e => e.Document.TokenCount))];
        var history = new Dictionary<ulong, int>();
        var perceptron = new AveragedPerceptron(NerLabels.Count);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(options.Seed);
        var clock = Stopwatch.StartNew();
        for (var iteration = 1; iteration <= options.Iterations; iteration++)
        {
            random.Shuffle(order);
            var chooser = new TrainingChooser(perceptron);
            foreach (var d in order)
            {
                var example = train[d];
                chooser.Reset(example.Labels, options.PartialMisc && !example.HasMisc);
                NerDecoder.Decode(words[d], example.Document.SentenceRecords, labels, history, ref chooser);
            }
            var line = string.Create(CultureInfo.InvariantCulture, $"pass {iteration}: train accuracy {100.0 * chooser.Correct / Math.Max(1, chooser.Total):F2}, {perceptron.FeatureCount:N0} features, {clock.Elapsed.TotalSeconds:F0} s");
            if (dev.Count > 0 && (iteration == options.Iterations || iteration % 2 == 0))
            {
                var model = new NerModel(perceptron.Compile(options.PruneWeight), lexicon);
                foreach (var (name, examples) in dev)
                    line += string.Create(CultureInfo.InvariantCulture, $"; {name} F1 {NerEvaluator.Evaluate(model, examples).Overall.F1:F2}");
            }
            log.WriteLine(line);
        }
        return new NerModel(perceptron.Compile(options.PruneWeight), lexicon);
    }

    private sealed class TrainingChooser(AveragedPerceptron perceptron) : ILabelChooser
    {
        private int[] _gold = [];
        private bool _partialMisc;

        public long Correct { get; private set; }

        public long Total { get; private set; }

        public void Reset(int[] gold, bool partialMisc)
        {
            _gold = gold;
            _partialMisc = partialMisc;
        }

        public int Choose(ReadOnlySpan<ulong> features, UInt128 allowed, int token)
        {
            var guess = perceptron.Predict(features, allowed);
            var truth = _gold[token];
            if (_partialMisc && truth == NerLabels.Outside && NerLabels.TypeOf(guess) == 3)
                truth = guess;
            perceptron.Update(features, truth, guess);
            Total++;
            Correct += truth == guess ? 1 : 0;
            return guess;
        }
    }
}
