using Herald.Learning.Dense;

namespace Herald.Tests.Learning;

public sealed class QuantisedMatrixTests
{
    private static float[] Uniform(Random random, int count, float size) =>
        [.. Enumerable.Range(0, count).Select(_ => (float)(random.NextDouble() * 2 - 1) * size)];

    private static float[] Exact(float[] a, int n, float[] b, int k, int m)
    {
        var c = new float[n * m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                var sum = 0.0;
                for (var t = 0; t < k; t++)
                    sum += (double)a[i * k + t] * b[t * m + j];
                c[i * m + j] = (float)sum;
            }
        }
        return c;
    }

    [Theory]
    [InlineData(1, 64, 256)]   // one sentence's LSTM step
    [InlineData(7, 65, 40)]    // an odd number of inputs, columns in single vectors
    [InlineData(2, 64, 72)]    // rows left over from blocks of four, eight vectors and one
    [InlineData(9, 192, 384)]  // word vectors by the scorer's shares
    [InlineData(3, 16, 12)]    // columns that are not whole vectors: floating point
    public void The_product_is_the_exact_one_to_the_rounding_of_its_inputs_and_weights(int n, int k, int m)
    {
        var random = new Random(n * 1000 + k);
        var a = Uniform(random, n * k, 1f);
        var b = Uniform(random, k * m, 0.5f);
        var matrix = new QuantisedMatrix(b, k, m);
        var c = new float[n * m];

        matrix.Multiply(a, n, c, new int[n * matrix.PairRows]);

        var exact = Exact(a, n, b, k, m);
        // the k roundings are independent, so their errors add up like a random walk: about 1e-4 × sqrt(k) here;
        // a wrong layout of the weights would be off by the size of the sums themselves
        var bound = 1e-3f * MathF.Sqrt(k);
        Assert.All(Enumerable.Range(0, n * m), i => Assert.InRange(c[i] - exact[i], -bound, bound));
        Assert.Equal(m % 8 == 0, matrix.IsQuantised);
    }

    [Fact]
    public void Asked_for_floating_point_it_gives_the_floating_point_product_exactly()
    {
        // training scores its epochs and asks its teachers this way, so that a retrain gives the same file anywhere
        const int n = 5, k = 64, m = 256;
        var random = new Random(2);
        var a = Uniform(random, n * k, 1f);
        var b = Uniform(random, k * m, 1f);
        var matrix = new QuantisedMatrix(b, k, m, quantised: false);
        var c = new float[n * m];
        var expected = new float[n * m];

        matrix.Multiply(a, n, c, new int[n * matrix.PairRows]);
        RowMajorProduct.Multiply(a, n, b, k, m, expected);

        Assert.False(matrix.IsQuantised);
        Assert.Equal(expected, c);
    }

    [Fact]
    public void A_row_gets_the_same_sums_alone_as_among_others()
    {
        const int k = 96, m = 384;
        var random = new Random(4);
        var a = Uniform(random, 9 * k, 1f);
        var matrix = new QuantisedMatrix(Uniform(random, k * m, 1f), k, m);
        var together = new float[9 * m];
        matrix.Multiply(a, 9, together, new int[9 * matrix.PairRows]);

        for (var i = 0; i < 9; i++)
        {
            var alone = new float[m];
            matrix.Multiply(a.AsSpan(i * k, k), 1, alone, new int[matrix.PairRows]);
            Assert.Equal(together.AsSpan(i * m, m).ToArray(), alone);
        }
    }

    [Fact]
    public void The_largest_sums_do_not_overflow()
    {
        // every input at 1 and every weight of a column at the same large value: the worst case of the 32-bit sums
        const int k = 192, m = 16;
        var b = new float[k * m];
        for (var t = 0; t < k; t++)
        {
            for (var j = 0; j < m; j++)
                b[t * m + j] = j % 2 == 0 ? 3f : -0.001f * (t + 1);
        }
        var matrix = new QuantisedMatrix(b, k, m);
        var c = new float[2 * m];
        float[] a = [.. Enumerable.Repeat(1f, k), .. Enumerable.Repeat(-1f, k)];

        matrix.Multiply(a, 2, c, new int[2 * matrix.PairRows]);

        var exact = Exact(a, 2, b, k, m);
        Assert.All(Enumerable.Range(0, 2 * m), i => Assert.Equal(exact[i], c[i], Math.Abs(exact[i]) * 1e-3f));
    }
}
