using System.Numerics.Tensors;
using Herald.Learning.Dense;

namespace Herald.Tests.Learning;

public sealed class SkipGramTests
{
    // Two families of words that never share contexts: "animals" (11..18) with their verbs (31..36), "numbers"
    // (21..28) with their units (41..46); each document is two-word phrases of one family.
    private static SkipGramTrainer Corpus(int seed)
    {
        var trainer = new SkipGramTrainer(dimensions: 16, window: 1, negatives: 5, minCount: 1, epochs: 5, seed: seed, subsample: 1);
        var random = new Random(5);
        for (var document = 0; document < 300; document++)
        {
            var words = new List<ulong>();
            var family = (ulong)(document % 2);
            for (var i = 0; i < 30; i++)
            {
                words.Add(11 + 10 * family + (ulong)random.Next(8));
                words.Add(31 + 10 * family + (ulong)random.Next(6));
            }
            trainer.Add(words.ToArray());
        }
        return trainer;
    }

    [Fact]
    public void Words_of_the_same_contexts_end_up_closer_than_words_of_other_contexts()
    {
        var vectors = Corpus(1).Build();
        float Cosine(ulong a, ulong b) => TensorPrimitives.Dot(vectors[a], vectors[b]);
        Assert.Equal(1f, TensorPrimitives.Dot(vectors[11], vectors[11]), 3);
        Assert.True(Cosine(11, 12) > Cosine(11, 21) + 0.3f, $"{Cosine(11, 12)} against {Cosine(11, 21)}");
        Assert.True(Cosine(21, 23) > Cosine(23, 14) + 0.3f, $"{Cosine(21, 23)} against {Cosine(23, 14)}");
    }

    [Fact]
    public void The_same_seed_gives_the_same_vectors()
    {
        var first = Corpus(3).Build();
        var second = Corpus(3).Build();
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, p => Assert.Equal(p.Value, second[p.Key]));
    }
}
