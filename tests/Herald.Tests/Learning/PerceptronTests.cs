using Herald.Learning;

namespace Herald.Tests.Learning;

public sealed class PerceptronTests
{
    // Three classes, each signalled by its own feature, plus a shared noise feature: linearly separable.
    private static readonly ulong[][] Examples =
    [
        [FeatureHash.Mix(1, 10), FeatureHash.Mix(9, 1)],
        [FeatureHash.Mix(1, 20), FeatureHash.Mix(9, 1)],
        [FeatureHash.Mix(1, 30), FeatureHash.Mix(9, 1)],
        [FeatureHash.Mix(1, 10), FeatureHash.Mix(9, 2)],
        [FeatureHash.Mix(1, 20), FeatureHash.Mix(9, 2)],
        [FeatureHash.Mix(1, 30), FeatureHash.Mix(9, 2)],
    ];

    private static readonly int[] Labels = [0, 1, 2, 0, 1, 2];

    private static AveragedPerceptron Train()
    {
        var perceptron = new AveragedPerceptron(3);
        for (var iteration = 0; iteration < 5; iteration++)
        {
            for (var i = 0; i < Examples.Length; i++)
                perceptron.Update(Examples[i], Labels[i], perceptron.Predict(Examples[i]));
        }
        return perceptron;
    }

    [Fact]
    public void Learns_a_separable_problem()
    {
        var perceptron = Train();
        var model = perceptron.Compile();
        for (var i = 0; i < Examples.Length; i++)
        {
            Assert.Equal(Labels[i], perceptron.Predict(Examples[i]));
            Assert.Equal(Labels[i], model.Predict(Examples[i]));
        }
    }

    [Fact]
    public void Unknown_features_score_nothing()
    {
        var model = Train().Compile();
        Span<int> scores = stackalloc int[model.Stride];
        model.Score([FeatureHash.Mix(77, 77)], scores);
        Assert.All(scores.ToArray(), s => Assert.Equal(0, s));
        Assert.False(model.Contains(FeatureHash.Mix(77, 77)));
    }

    [Fact]
    public void Save_and_load_give_the_same_predictions_and_bytes()
    {
        var model = Train().Compile();
        var bytes = Write(model);
        using var reader = new BinaryReader(new MemoryStream(bytes));
        var loaded = LinearModel.Read(reader);
        foreach (var example in Examples)
            Assert.Equal(model.Predict(example), loaded.Predict(example));
        Assert.Equal(bytes, Write(loaded));
    }

    [Fact]
    public void Mixing_one_perceptron_is_compiling_it()
    {
        Assert.Equal(Write(Train().Compile()), Write(AveragedPerceptron.Mix([Train()])));
    }

    [Fact]
    public void A_mix_scores_each_class_as_the_mean_of_its_perceptrons()
    {
        // One feature: the first perceptron learns it signals class 0 (averaged weight 0.5), the second class 2 (averaged 1).
        var feature = FeatureHash.Mix(5, 5);
        var first = new AveragedPerceptron(3);
        first.Update([feature], 0, 1);
        first.Update([feature], 0, 0);
        var second = new AveragedPerceptron(3);
        second.Update([feature], 2, 1);
        second.Update([feature], 2, 1);
        second.Update([feature], 2, 2);
        var mixed = AveragedPerceptron.Mix([first, second]);
        Span<int> scores = stackalloc int[mixed.Stride];
        mixed.Score([feature], scores);
        Assert.Equal(2, mixed.Predict([feature]));
        Assert.True(scores[0] > 0);
        Assert.Equal(-(scores[0] + scores[2]), scores[1]);
        Assert.Equal(2.0, scores[2] / (double)scores[0], 2);
    }

    [Fact]
    public void Training_twice_gives_identical_bytes()
    {
        Assert.Equal(Write(Train().Compile()), Write(Train().Compile()));
    }

    [Fact]
    public void A_damaged_model_is_refused()
    {
        var bytes = Write(Train().Compile());
        bytes[0] = 1; // one class
        using var reader = new BinaryReader(new MemoryStream(bytes));
        Assert.Throws<InvalidDataException>(() => LinearModel.Read(reader));
    }

    [Fact]
    public void ArgMax_keeps_to_the_allowed_classes_and_gives_the_margin()
    {
        int[] scores = [5, 9, 7, 1];
        Assert.Equal(1, LinearModel.ArgMax(scores, UInt128.Zero, out var margin));
        Assert.Equal(2, margin);
        Assert.Equal(2, LinearModel.ArgMax(scores, UInt128.One | UInt128.One << 2, out margin));
        Assert.Equal(2, margin);
        Assert.Equal(3, LinearModel.ArgMax(scores, UInt128.One << 3, out margin));
        Assert.Equal(int.MaxValue, margin);
    }

    [Fact]
    public void Best_is_the_argmax_over_all_classes_lowest_first_on_ties()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var scores = new int[1 + random.Next(130)];
            for (var c = 0; c < scores.Length; c++)
                scores[c] = random.Next(-3, 4); // few values, so many ties
            Assert.Equal(LinearModel.ArgMax(scores, UInt128.Zero, out _), LinearModel.Best(scores));
        }
    }

    [Fact]
    public void Whole_and_sparse_rows_add_up_alike()
    {
        // One feature with a weight for every class (kept as a whole row) and one with two (kept sparse).
        const int classes = 20;
        var weights = new float[2 * classes];
        for (var c = 0; c < classes; c++)
            weights[c] = c - 10.5f;
        weights[classes + 3] = 4;
        weights[classes + 7] = -2;
        ulong[] keys = [FeatureHash.Mix(1, 1), FeatureHash.Mix(1, 2)];
        var model = LinearModel.Quantise(keys, weights, classes);
        Span<int> scores = stackalloc int[model.Stride];
        model.Score([.. keys, FeatureHash.Mix(1, 3)], scores);
        for (var c = 0; c < classes; c++)
            Assert.True(Math.Abs(weights[c] + weights[classes + c] - scores[c] * model.Scale) < 0.01, $"class {c}");
    }

    private static byte[] Write(LinearModel model)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            model.Write(writer);
        return stream.ToArray();
    }
}
