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
        Span<short> scores = stackalloc short[model.Stride];
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

    private static byte[] Write(LinearModel model)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            model.Write(writer);
        return stream.ToArray();
    }
}
