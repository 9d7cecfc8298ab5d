using System.Diagnostics;
using System.Runtime.InteropServices;
using Herald.Extraction;
using Herald.Learning;
using Herald.Sources;
using Herald.Syntax.Conllu;
using Herald.Syntax.Lemmas;
using Herald.Text;

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
        var ambiguity = BuildAmbiguityClasses(words, gold);
        var wordClasses = new TaggerModel(tags, LinearModel.Quantise([], [], tags.Count, 0), null, [], [], ambiguity, clusters, TrainLemmatizer([]));
        foreach (var sentence in words)
            wordClasses.AddWordClasses(sentence);
        var useClusters = wordClasses.UsesClusters;
        var lemmatizer = TrainLemmatizer(train);
        log.WriteLine($"{train.Sum(s => s.Words.Count):N0} words, {tags.Count} classes, {dictionary.Count:N0} dictionary words, lemmatizer: {lemmatizer.RuleCount:N0} rules, {lemmatizer.LexiconCount:N0} exceptions");

        var all = Enumerable.Range(0, train.Count).ToArray();
        var first = TrainPass("pass 1", tags.Count, all, words, gold, dictionary, null, useClusters, log);
        LinearModel? second = null;
        if (options.TwoPass)
        {
            // The second pass learns from first-pass tags as good as those it will see: each half of the
            // training data is tagged by a first-pass model trained on the other half (jackknifing).
            var next = new int[words.Length][];
            var halves = new[] { all.Where(s => s % 2 == 0).ToArray(), all.Where(s => s % 2 == 1).ToArray() };
            for (var h = 0; h < 2; h++)
            {
                var other = TrainPass($"fold {h + 1}", tags.Count, halves[1 - h], words, gold, dictionary, null, useClusters, log);
                foreach (var s in halves[h])
                {
                    next[s] = new int[words[s].Length];
                    TaggerModel.Decode(other, dictionary, words[s], [], useClusters, next[s]);
                }
            }
            second = TrainPass("pass 2", tags.Count, all, words, gold, dictionary, next, useClusters, log);
        }
        var model = new TaggerModel(tags, first, second, dictionary, vocabulary, ambiguity, clusters, lemmatizer);
        foreach (var (name, sentences) in dev)
        {
            var scores = TaggerEvaluator.Evaluate(model, sentences);
            log.WriteLine($"{name}: UPOS {scores.Upos:F2} XPOS {scores.Xpos:F2} UPOS+XPOS {scores.Joint:F2} lemma {scores.Lemma:F2}");
        }
        return model;
    }

    private LinearModel TrainPass(string name, int classes, int[] sentences, WordHashes[][] words, int[][] gold, Dictionary<ulong, int> dictionary, int[][]? next, bool useClusters, TextWriter log)
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
                    if (!dictionary.TryGetValue(sentence[i].Form, out var guess))
                    {
                        var n = TaggerFeatures.Extract(sentence, i, prev1, prev2, nextTags, features, useClusters);
                        guess = perceptron.Predict(features[..n]);
                        perceptron.Update(features[..n], gold[s][i], guess);
                    }
                    seen++;
                    correct += guess == gold[s][i] ? 1 : 0;
                    prev2 = prev1;
                    prev1 = guess;
                }
            }
        }
        var compiled = perceptron.Compile();
        log.WriteLine($"{name}: {options.Iterations} iterations, last train accuracy {100.0 * correct / Math.Max(1, seen):F2}, {compiled.FeatureCount:N0} features ({clock.Elapsed.TotalSeconds:F1} s)");
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

    // The set of classes each word had in training (those with at least 5% of its uses), hashed; only for
    // words seen often enough that the set says something.
    private Dictionary<ulong, ulong> BuildAmbiguityClasses(WordHashes[][] words, int[][] gold)
    {
        var counts = new Dictionary<ulong, Dictionary<int, int>>();
        for (var s = 0; s < words.Length; s++)
        {
            for (var i = 0; i < words[s].Length; i++)
            {
                if (!counts.TryGetValue(words[s][i].Lower, out var classes))
                    counts[words[s][i].Lower] = classes = [];
                classes[gold[s][i]] = classes.GetValueOrDefault(gold[s][i]) + 1;
            }
        }
        var ambiguity = new Dictionary<ulong, ulong>();
        foreach (var (word, classes) in counts)
        {
            var total = classes.Values.Sum();
            if (total < options.AmbiguityMinCount)
                continue;
            var hash = 0x414D42UL;
            foreach (var c in classes.Where(c => c.Value >= 0.05 * total).Select(c => c.Key).Order())
                hash = FeatureHash.Mix(hash, (ulong)c);
            ambiguity[word] = hash;
        }
        return ambiguity;
    }

    /// <summary>Clusters the words of raw text files (JSONL, text or HTML that Herald reads) for the tagger's cluster features.</summary>
    public static Dictionary<ulong, int> ClusterWords(IEnumerable<string> rawFiles, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(rawFiles);
        ArgumentNullException.ThrowIfNull(log);
        var clusterer = new WordClusterer();
        var spans = new List<TokenSpan>();
        var hashes = new List<ulong>();
        foreach (var file in rawFiles)
        {
            foreach (var item in ArticleSources.Read(file))
            {
                if (item.Article is not { } article)
                    continue;
                var text = ArticleExtractor.Extract(article).Text;
                spans.Clear();
                hashes.Clear();
                NewsTokenizer.Default.Tokenize(text, spans);
                foreach (var span in spans)
                    hashes.Add(WordHashes.Of(text.AsSpan(span.Start, span.Length)).Lower);
                clusterer.Add(CollectionsMarshal.AsSpan(hashes));
            }
        }
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
