using Herald.Learning.Dense;

namespace Herald.Tests.Learning;

public sealed class DenseMathTests
{
    [Theory]
    [InlineData(1, 4, 8)]
    [InlineData(5, 7, 16)]
    [InlineData(6, 12, 96)]
    [InlineData(3, 5, 13)]
    public void The_tiled_product_equals_one_dot_product_per_entry(int n, int m, int k)
    {
        var random = new Random(n * 100 + m * 10 + k);
        var a = Enumerable.Range(0, n * k).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
        var b = Enumerable.Range(0, m * k).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
        var c = new float[n * m];
        DenseMath.MultiplyTransposed(a, n, b, m, k, c);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                double expected = 0;
                for (var t = 0; t < k; t++)
                    expected += a[i * k + t] * b[j * k + t];
                Assert.Equal(expected, c[i * m + j], 4);
            }
        }
    }

    [Fact]
    public void Softmax_gives_nothing_to_what_is_not_allowed_and_sums_to_one()
    {
        float[] scores = [1f, 5f, 2f];
        DenseMath.Softmax(scores, [true, false, true]);
        Assert.Equal(0f, scores[1]);
        Assert.Equal(1.0, scores[0] + scores[2], 5);
        Assert.True(scores[2] > scores[0]);
    }
}
