using Herald.Learning.Dense;

namespace Herald.Tests.Learning;

public sealed class DenseMathTests
{
    [Fact]
    public void The_fast_exponential_is_within_rounding_of_the_exact_one()
    {
        var worst = 0.0;
        for (var x = -87.0; x <= 88.0; x += 0.0137)
        {
            var fast = DenseMath.FastExp(System.Runtime.Intrinsics.Vector256.Create((float)x))[0];
            var exact = Math.Exp((float)x);
            worst = Math.Max(worst, Math.Abs(fast - exact) / exact);
        }
        Assert.True(worst < 3e-7, $"relative error {worst:E2}");
        Assert.Equal(0f, DenseMath.FastExp(System.Runtime.Intrinsics.Vector256.Create(-1000f))[0], 1e-37f); // clamped, not garbage
        Assert.True(float.IsFinite(DenseMath.FastExp(System.Runtime.Intrinsics.Vector256.Create(1000f))[0]));
    }

    [Fact]
    public void The_fast_tanh_is_within_a_millionth_of_the_exact_one_and_saturates()
    {
        var values = Enumerable.Range(0, 2003).Select(i => (i - 1001) * 0.02f).Append(-500f).Append(500f).ToArray();
        var fast = values.ToArray();
        DenseMath.FastTanh(fast);
        for (var i = 0; i < values.Length; i++)
        {
            Assert.Equal(MathF.Tanh(values[i]), fast[i], 1e-6f);
            var sigmoid = DenseMath.FastSigmoid(System.Runtime.Intrinsics.Vector256.Create(values[i]))[0];
            Assert.True(Math.Abs(sigmoid - DenseMath.Sigmoid(values[i])) <= 1e-6 * DenseMath.Sigmoid(values[i]), $"sigmoid({values[i]})");
        }
    }

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

    [Theory]
    [InlineData(1, 96, 384, false)]
    [InlineData(1, 5, 24, true)]
    [InlineData(6, 192, 512, false)]
    [InlineData(9, 7, 40, true)]
    [InlineData(3, 4, 13, true)]
    public void The_row_major_product_is_the_sum_of_the_rows_weighted(int n, int k, int m, bool accumulate)
    {
        var random = new Random(n * 100 + k * 10 + m);
        float Next() => (float)random.NextDouble() - 0.5f;
        var a = Enumerable.Range(0, n * k).Select(_ => Next()).ToArray();
        var b = Enumerable.Range(0, k * m).Select(_ => Next()).ToArray();
        var c = Enumerable.Range(0, n * m).Select(_ => Next()).ToArray();
        var before = (float[])c.Clone();
        RowMajorProduct.Multiply(a, n, b, k, m, c, accumulate);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                double expected = accumulate ? before[i * m + j] : 0;
                for (var t = 0; t < k; t++)
                    expected += a[i * k + t] * b[t * m + j];
                Assert.Equal(expected, c[i * m + j], 1e-4);
            }
        }
    }

    [Theory]
    [InlineData(8)]
    [InlineData(13)]
    public void Sum_adds_five_rows_in_order_as_in_place_adds_would(int n)
    {
        var random = new Random(n);
        var rows = Enumerable.Range(0, 5).Select(_ => Enumerable.Range(0, n).Select(_ => (float)random.NextDouble() * 100 - 50).ToArray()).ToArray();
        var sum = new float[n];
        DenseMath.Sum(rows[0], rows[1], rows[2], rows[3], rows[4], sum);
        var expected = (float[])rows[0].Clone();
        foreach (var row in rows.Skip(1))
            System.Numerics.Tensors.TensorPrimitives.Add(expected, row, expected);
        Assert.Equal(expected, sum);
    }

    [Fact]
    public void A_row_gets_the_same_sums_alone_as_among_others()
    {
        // the parser's batched recurrence relies on it: a sentence parses the same whatever its batch
        var random = new Random(5);
        const int k = 96, m = 384;
        var a = Enumerable.Range(0, 5 * k).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
        var b = Enumerable.Range(0, k * m).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
        var together = new float[5 * m];
        RowMajorProduct.Multiply(a, 5, b, k, m, together);
        for (var i = 0; i < 5; i++)
        {
            var alone = new float[m];
            RowMajorProduct.Multiply(a.AsSpan(i * k, k), 1, b, k, m, alone);
            Assert.Equal(alone, together.AsSpan(i * m, m).ToArray());
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
