using Herald.Learning;

namespace Herald.Syntax.Parsing;

/// <summary>Trains the <see cref="Supertagger"/> with the averaged perceptron, deterministically for a given seed.</summary>
internal static class SupertaggerTrainer
{
    /// <summary>
    /// Sets the <see cref="ParserSentence.Supertags"/> of every sentence by jackknifing (each of
    /// <see cref="ParserTrainingOptions.SupertagFolds"/> folds tagged by a supertagger trained on the others, so that the parser trains on
    /// tags as noisy as at run time) and returns a supertagger trained on all the sentences.
    /// </summary>
    public static Supertagger Jackknife(IReadOnlyList<ParserSentence> sentences, ParserTrainingOptions options, Action<string>? log)
    {
        var folds = options.SupertagFolds;
        var state = new ParseState();
        for (var fold = 0; fold < folds; fold++)
        {
            var rest = sentences.Where((_, i) => i % folds != fold).ToList();
            var tagger = Train(rest, options);
            long words = 0, right = 0;
            for (var i = fold; i < sentences.Count; i += folds)
            {
                var sentence = sentences[i];
                sentence.Load(state);
                tagger.Tag(state);
                var gold = Supertagger.Gold(sentence);
                for (var w = 1; w <= sentence.Count; w++)
                {
                    sentence.Supertags[w] = state.Supertags[w];
                    words++;
                    right += state.Supertags[w] == gold[w] ? 1 : 0;
                }
            }
            log?.Invoke($"supertag fold {fold + 1}/{folds}: {100.0 * right / Math.Max(1, words):F2}% right");
        }
        var final = Train(sentences, options);
        log?.Invoke($"supertagger: {final.Model.FeatureCount:N0} features, {final.Model.WeightCount:N0} weights");
        return final;
    }

    /// <summary>Trains on the gold supertags of <paramref name="sentences"/>, each word seeing the supertags predicted before it.</summary>
    public static Supertagger Train(IReadOnlyList<ParserSentence> sentences, ParserTrainingOptions options)
    {
        var perceptron = new AveragedPerceptron(Supertagger.Classes);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var state = new ParseState();
        var features = new ulong[Supertagger.MaxFeatures];
        var scores = new float[LinearModel.MaxClasses];
        for (var iteration = 0; iteration < options.SupertagIterations; iteration++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var sentence = sentences[index];
                var gold = Supertagger.Gold(sentence);
                sentence.Load(state);
                for (var i = 1; i <= sentence.Count; i++)
                {
                    var n = Supertagger.Features(state, i, features);
                    perceptron.Score(features.AsSpan(0, n), scores);
                    var guess = AveragedPerceptron.ArgMax(scores.AsSpan(0, Supertagger.Classes));
                    perceptron.Update(features.AsSpan(0, n), gold[i], guess);
                    state.Supertags[i] = (byte)guess;
                }
            }
        }
        return new Supertagger(perceptron.Compile(options.MinWeight));
    }
}
