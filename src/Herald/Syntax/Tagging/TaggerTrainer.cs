using System.Diagnostics;
using Herald.Learning;
using Herald.Syntax.Conllu;
using Herald.Syntax.Lemmas;

namespace Herald.Syntax.Tagging;

/// <summary>
/// Trains a <see cref="TaggerModel"/> on UD CoNLL-U: the joint classes and the tag dictionary from counts,
/// the averaged perceptron by greedy left-to-right passes (its own predictions as history), and the
/// lemmatizer from the gold lemmas. Deterministic for a given seed.
/// </summary>
public sealed class TaggerTrainer(TaggerTrainingOptions options)
{
    /// <summary>Trains on <paramref name="train"/>, reporting each pass to <paramref name="log"/> with scores on <paramref name="dev"/>.</summary>
    /// <param name="train">The training sentences.</param>
    /// <param name="dev">Development sentences by name.</param>
    /// <param name="clusters">Word clusters (lowercase word hash → cluster), or an empty table.</param>
    /// <param name="log">Where progress goes.</param>
    public TaggerModel Train(IReadOnlyList<ConlluSentence> train, IReadOnlyDictionary<string, IReadOnlyList<ConlluSentence>> dev, Dictionary<ulong, int> clusters, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        ArgumentNullException.ThrowIfNull(log);
        var tags = TagSet.FromCounts(CountPairs(train), options.MinPairCount);
        var gold = train.Select(s => s.Words.Select(w => tags.Nearest(w.Upos, w.Xpos)).ToArray()).ToArray();
        var words = train.Select(s => s.Words.Select(w => WordHashes.Of(w.Form)).ToArray()).ToArray();
        var dictionary = BuildTagDictionary(train, gold);
        var vocabulary = words.SelectMany(s => s.Select(w => w.Lower)).ToHashSet();
        var (table, openClasses) = BuildWordTable(words, gold, clusters, tags.Count);
        var lemmatizer = TrainLemmatizer(train);
        var annotator = new TaggerModel(tags, LinearModel.Quantise([], [], tags.Count), null, 0, dictionary, [], table, openClasses, lemmatizer);
        foreach (var sentence in words)
            annotator.AddWordClasses(sentence);
        var useClusters = annotator.UsesClusters;
        log.WriteLine($"{train.Sum(s => s.Words.Count):N0} words, {tags.Count} classes ({UInt128.PopCount(openClasses)} open), {dictionary.Count:N0} dictionary words, lemmatizer: {lemmatizer.RuleCount:N0} rules, {lemmatizer.LexiconCount:N0} exceptions");

        var all = Enumerable.Range(0, train.Count).ToArray();
        var first = TrainPass("pass 1", tags.Count, all, words, gold, null, useClusters, log);
        LinearModel? second = null;
        if (options.TwoPass)
        {
            // The second pass learns from first-pass tags as good as those it will see: each half of the
            // training data is tagged by a first-pass model trained on the other half (jackknifing).
            var next = new int[words.Length][];
            var halves = new[] { all.Where(s => s % 2 == 0).ToArray(), all.Where(s => s % 2 == 1).ToArray() };
            for (var h = 0; h < 2; h++)
            {
                var other = TrainPass($"fold {h + 1}", tags.Count, halves[1 - h], words, gold, null, useClusters, log);
                foreach (var s in halves[h])
                {
                    next[s] = new int[words[s].Length];
                    TaggerModel.Decode(other, words[s], [], useClusters, next[s], [], int.MaxValue);
                }
            }
            second = TrainPass("pass 2", tags.Count, all, words, gold, next, useClusters, log);
        }
        TaggerModel Build(float margin) => new(tags, first, second, margin, dictionary, vocabulary, table, openClasses, lemmatizer);
        if (second is not null && options.ReportMargins && dev.Count > 0)
        {
            var (name, sentences) = dev.First();
            var margins = new List<int>();
            foreach (var sentence in sentences)
            {
                var hashes = sentence.Words.Select(w => WordHashes.Of(w.Form)).ToArray();
                var found = new int[hashes.Length];
                annotator.AddWordClasses(hashes);
                TaggerModel.Decode(first, hashes, [], useClusters, new int[hashes.Length], found, int.MaxValue);
                margins.AddRange(found);
            }
            foreach (var margin in new[] { 0f, 1, 2, 4, 8, 12, 16, 24, 32, float.PositiveInfinity })
            {
                var share = margins.Count(m => m < (double)margin / first.Scale) * 100.0 / margins.Count;
                log.WriteLine($"{name}, second pass below margin {margin} ({share:F1}% of words): UPOS {TaggerEvaluator.Evaluate(Build(margin), sentences).Upos:F2}");
            }
        }
        var model = Build(options.SecondPassMargin);
        foreach (var (name, sentences) in dev)
        {
            var scores = TaggerEvaluator.Evaluate(model, sentences);
            log.WriteLine($"{name}: UPOS {scores.Upos:F2} XPOS {scores.Xpos:F2} UPOS+XPOS {scores.Joint:F2} lemma {scores.Lemma:F2}");
        }
        return model;
    }

    private LinearModel TrainPass(string name, int classes, int[] sentences, WordHashes[][] words, int[][] gold, int[][]? next, bool useClusters, TextWriter log)
    {
        var perceptron = new AveragedPerceptron(classes);
        var random = new Random(options.Seed);
        var order = sentences.ToArray();
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        var clock = Stopwatch.StartNew();
        int seen = 0, correct = 0;
        for (var iteration = 1; iteration <= options.Iterations; iteration++)
        {
            random.Shuffle(order);
            seen = correct = 0;
            foreach (var s in order)
            {
                var sentence = words[s];
                var nextTags = next is null ? [] : next[s];
                int prev1 = -1, prev2 = -1;
                for (var i = 0; i < sentence.Length; i++)
                {
                    var guess = sentence[i].Fixed;
                    if (guess < 0)
                    {
                        var n = TaggerFeatures.Extract(sentence, i, prev1, prev2, nextTags, features, useClusters);
                        guess = perceptron.Predict(features[..n], sentence[i].Allowed);
                        perceptron.Update(features[..n], gold[s][i], guess);
                    }
                    seen++;
                    correct += guess == gold[s][i] ? 1 : 0;
                    prev2 = prev1;
                    prev1 = guess;
                }
            }
        }
        var compiled = perceptron.Compile(options.PruneWeight);
        log.WriteLine($"{name}: {options.Iterations} iterations, last train accuracy {100.0 * correct / Math.Max(1, seen):F2}, {compiled.FeatureCount:N0} features, {compiled.WeightCount:N0} weights ({clock.Elapsed.TotalSeconds:F1} s)");
        return compiled;
    }

    private static Dictionary<(string Upos, string Xpos), int> CountPairs(IReadOnlyList<ConlluSentence> train)
    {
        var counts = new Dictionary<(string Upos, string Xpos), int>();
        foreach (var word in train.SelectMany(s => s.Words))
            counts[(word.Upos, word.Xpos)] = counts.GetValueOrDefault((word.Upos, word.Xpos)) + 1;
        return counts;
    }

    private Dictionary<ulong, int> BuildTagDictionary(IReadOnlyList<ConlluSentence> train, int[][] gold)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        for (var s = 0; s < train.Count; s++)
        {
            for (var i = 0; i < train[s].Words.Count; i++)
            {
                var form = train[s].Words[i].Form;
                if (!counts.TryGetValue(form, out var classes))
                    counts[form] = classes = [];
                classes[gold[s][i]] = classes.GetValueOrDefault(gold[s][i]) + 1;
            }
        }
        var dictionary = new Dictionary<ulong, int>();
        foreach (var (form, classes) in counts)
        {
            var total = classes.Values.Sum();
            var (best, bestCount) = classes.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Select(c => (c.Key, c.Value)).First();
            if (total >= options.DictionaryMinCount && bestCount >= options.DictionaryMinShare * total)
                dictionary[WordHashes.Of(form).Form] = best;
        }
        return dictionary;
    }

    // For each lowercase word: the hash of the classes it had in training (those with at least 5% of its uses,
    // for words seen often enough that the set says something), its cluster, and the classes it may take: those
    // it had when it was seen often, else those and the open classes (the classes of words seen once).
    private (Dictionary<ulong, WordInfo> Table, UInt128 Open) BuildWordTable(WordHashes[][] words, int[][] gold, Dictionary<ulong, int> clusters, int classCount)
    {
        var counts = new Dictionary<ulong, int[]>();
        for (var s = 0; s < words.Length; s++)
        {
            for (var i = 0; i < words[s].Length; i++)
            {
                if (!counts.TryGetValue(words[s][i].Lower, out var classes))
                    counts[words[s][i].Lower] = classes = new int[classCount];
                classes[gold[s][i]]++;
            }
        }
        var hapax = new int[classCount];
        foreach (var classes in counts.Values.Where(c => c.Sum() == 1))
            hapax[Array.FindIndex(classes, c => c > 0)]++;
        var open = UInt128.Zero;
        for (var c = 0; c < classCount; c++)
            open |= hapax[c] >= options.OpenClassMinCount ? UInt128.One << c : UInt128.Zero;
        var table = new Dictionary<ulong, WordInfo>();
        foreach (var (word, classes) in counts)
        {
            var total = classes.Sum();
            var hash = 0UL;
            if (total >= options.AmbiguityMinCount)
            {
                hash = 0x414D42UL;
                for (var c = 0; c < classCount; c++)
                    hash = classes[c] >= 0.05 * total ? FeatureHash.Mix(hash, (ulong)c) : hash;
            }
            var allowed = total >= options.AllowedMinCount ? UInt128.Zero : open;
            for (var c = 0; c < classCount; c++)
                allowed |= classes[c] > 0 ? UInt128.One << c : UInt128.Zero;
            table[word] = new WordInfo(hash, clusters.TryGetValue(word, out var cluster) ? (ulong)cluster + 1 : 0, allowed);
        }
        foreach (var (word, cluster) in clusters)
            table.TryAdd(word, new WordInfo(0, (ulong)cluster + 1, UInt128.Zero));
        return (table, open);
    }

    /// <summary>Clusters the words of raw text files (JSONL, text or HTML that Herald reads) for the tagger's cluster features.</summary>
    public static Dictionary<ulong, int> ClusterWords(IEnumerable<string> rawFiles, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(rawFiles);
        ArgumentNullException.ThrowIfNull(log);
        var clusterer = new WordClusterer();
        RawTextWords.Read(rawFiles, form => WordHashes.Of(form).Lower, clusterer.Add);
        if (clusterer.Words == 0)
            return [];
        var clusters = clusterer.Build();
        log.WriteLine($"clustered {clusters.Count:N0} words from {clusterer.Words:N0} words of raw text");
        return clusters;
    }

    private static Lemmatizer TrainLemmatizer(IReadOnlyList<ConlluSentence> train)
    {
        var trainer = new LemmatizerTrainer();
        foreach (var word in train.SelectMany(s => s.Words))
            trainer.Add(word.Form, word.Xpos, word.Lemma);
        return trainer.Build();
    }
}
