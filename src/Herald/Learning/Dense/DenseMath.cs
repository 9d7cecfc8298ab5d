using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Herald.Learning.Dense;

/// <summary>Row-major matrix-vector products and their gradients, vectorised by <see cref="TensorPrimitives"/>.</summary>
internal static class DenseMath
{
    /// <summary>y += W x, for W with y.Length rows and x.Length columns.</summary>
    public static void MultiplyAdd(ReadOnlySpan<float> w, ReadOnlySpan<float> x, Span<float> y)
    {
        var columns = x.Length;
        for (var r = 0; r < y.Length; r++)
            y[r] += TensorPrimitives.Dot(w.Slice(r * columns, columns), x);
    }

    /// <summary>into = a + b + c + d + e, added in that order (the sums four in-place adds would give, in one pass).</summary>
    public static void Sum(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> c, ReadOnlySpan<float> d, ReadOnlySpan<float> e, Span<float> into)
    {
        var n = into.Length;
        var j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            const int lanes = 8;
            for (; j + lanes <= n; j += lanes)
            {
                var sum = Vector256.Create(a.Slice(j, lanes)) + Vector256.Create(b.Slice(j, lanes)) + Vector256.Create(c.Slice(j, lanes))
                    + Vector256.Create(d.Slice(j, lanes)) + Vector256.Create(e.Slice(j, lanes));
                sum.CopyTo(into[j..]);
            }
        }
        for (; j < n; j++)
            into[j] = a[j] + b[j] + c[j] + d[j] + e[j];
    }

    /// <summary>x += Wᵀ y, for W with y.Length rows and x.Length columns.</summary>
    public static void TransposeMultiplyAdd(ReadOnlySpan<float> w, ReadOnlySpan<float> y, Span<float> x)
    {
        var columns = x.Length;
        for (var r = 0; r < y.Length; r++)
        {
            if (y[r] != 0)
                TensorPrimitives.MultiplyAdd(w.Slice(r * columns, columns), y[r], x, x);
        }
    }

    /// <summary>W += y xᵀ: the gradient of W in y = W x, given the gradient y of the output.</summary>
    public static void OuterAdd(ReadOnlySpan<float> y, ReadOnlySpan<float> x, Span<float> w)
    {
        var columns = x.Length;
        for (var r = 0; r < y.Length; r++)
        {
            if (y[r] != 0)
            {
                var row = w.Slice(r * columns, columns);
                TensorPrimitives.MultiplyAdd(x, y[r], row, row);
            }
        }
    }

    /// <summary>
    /// C = A Bᵀ for A with <paramref name="n"/> rows and B with <paramref name="m"/> rows, all rows
    /// <paramref name="k"/> long: each entry is the dot product of a row of A and a row of B. Tiles of two rows of
    /// A by four of B share their loads, which makes it several times faster than one dot product at a time.
    /// </summary>
    public static void MultiplyTransposed(ReadOnlySpan<float> a, int n, ReadOnlySpan<float> b, int m, int k, Span<float> c)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated && k % Vector256<float>.Count == 0)
        {
            var av = MemoryMarshal.Cast<float, Vector256<float>>(a[..(n * k)]);
            var bv = MemoryMarshal.Cast<float, Vector256<float>>(b[..(m * k)]);
            var kv = k / Vector256<float>.Count;
            for (; i + 2 <= n; i += 2)
            {
                var a0 = av.Slice(i * kv, kv);
                var a1 = av.Slice((i + 1) * kv, kv);
                var j = 0;
                for (; j + 4 <= m; j += 4)
                {
                    Tile(a0, a1, bv.Slice(j * kv, kv), bv.Slice((j + 1) * kv, kv), bv.Slice((j + 2) * kv, kv), bv.Slice((j + 3) * kv, kv),
                        c.Slice(i * m + j, 4), c.Slice((i + 1) * m + j, 4));
                }
                for (; j < m; j++)
                {
                    c[i * m + j] = TensorPrimitives.Dot(a.Slice(i * k, k), b.Slice(j * k, k));
                    c[(i + 1) * m + j] = TensorPrimitives.Dot(a.Slice((i + 1) * k, k), b.Slice(j * k, k));
                }
            }
            if (i < n)
            {
                var a0 = av.Slice(i * kv, kv);
                var j = 0;
                for (; j + 4 <= m; j += 4)
                    Row(a0, bv.Slice(j * kv, kv), bv.Slice((j + 1) * kv, kv), bv.Slice((j + 2) * kv, kv), bv.Slice((j + 3) * kv, kv), c.Slice(i * m + j, 4));
                for (; j < m; j++)
                    c[i * m + j] = TensorPrimitives.Dot(a.Slice(i * k, k), b.Slice(j * k, k));
                i++;
            }
        }
        for (; i < n; i++)
        {
            for (var j = 0; j < m; j++)
                c[i * m + j] = TensorPrimitives.Dot(a.Slice(i * k, k), b.Slice(j * k, k));
        }
    }

    private static void Tile(ReadOnlySpan<Vector256<float>> a0, ReadOnlySpan<Vector256<float>> a1,
        ReadOnlySpan<Vector256<float>> b0, ReadOnlySpan<Vector256<float>> b1, ReadOnlySpan<Vector256<float>> b2, ReadOnlySpan<Vector256<float>> b3,
        Span<float> c0, Span<float> c1)
    {
        Vector256<float> s00 = default, s01 = default, s02 = default, s03 = default, s10 = default, s11 = default, s12 = default, s13 = default;
        for (var t = 0; t < a0.Length; t++)
        {
            Vector256<float> x0 = a0[t], x1 = a1[t], y0 = b0[t], y1 = b1[t], y2 = b2[t], y3 = b3[t];
            s00 = Vector256.FusedMultiplyAdd(x0, y0, s00);
            s01 = Vector256.FusedMultiplyAdd(x0, y1, s01);
            s02 = Vector256.FusedMultiplyAdd(x0, y2, s02);
            s03 = Vector256.FusedMultiplyAdd(x0, y3, s03);
            s10 = Vector256.FusedMultiplyAdd(x1, y0, s10);
            s11 = Vector256.FusedMultiplyAdd(x1, y1, s11);
            s12 = Vector256.FusedMultiplyAdd(x1, y2, s12);
            s13 = Vector256.FusedMultiplyAdd(x1, y3, s13);
        }
        c0[0] = Vector256.Sum(s00);
        c0[1] = Vector256.Sum(s01);
        c0[2] = Vector256.Sum(s02);
        c0[3] = Vector256.Sum(s03);
        c1[0] = Vector256.Sum(s10);
        c1[1] = Vector256.Sum(s11);
        c1[2] = Vector256.Sum(s12);
        c1[3] = Vector256.Sum(s13);
    }

    private static void Row(ReadOnlySpan<Vector256<float>> a0,
        ReadOnlySpan<Vector256<float>> b0, ReadOnlySpan<Vector256<float>> b1, ReadOnlySpan<Vector256<float>> b2, ReadOnlySpan<Vector256<float>> b3,
        Span<float> c0)
    {
        Vector256<float> s0 = default, s1 = default, s2 = default, s3 = default;
        for (var t = 0; t < a0.Length; t++)
        {
            var x = a0[t];
            s0 = Vector256.FusedMultiplyAdd(x, b0[t], s0);
            s1 = Vector256.FusedMultiplyAdd(x, b1[t], s1);
            s2 = Vector256.FusedMultiplyAdd(x, b2[t], s2);
            s3 = Vector256.FusedMultiplyAdd(x, b3[t], s3);
        }
        c0[0] = Vector256.Sum(s0);
        c0[1] = Vector256.Sum(s1);
        c0[2] = Vector256.Sum(s2);
        c0[3] = Vector256.Sum(s3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));

    /// <summary>
    /// e^x in single precision throughout, within 3e-7 of it relatively for x in [-87, 88] (clamped there): 2^n e^r
    /// with n = round(x / ln 2), r = x - n ln 2 (ln 2 split in two, so that r keeps its bits) and e^r by its Taylor
    /// polynomial of degree 6 (|r| ≤ ln 2 / 2). About twice as fast as <see cref="Vector256.Exp(Vector256{float})"/>,
    /// which works in double precision; parsing uses it, training does not.
    /// </summary>
    public static Vector256<float> FastExp(Vector256<float> x)
    {
        x = Vector256.MinNative(Vector256.MaxNative(x, Vector256.Create(-87f)), Vector256.Create(88f));
        var n = Vector256.Round(x * Vector256.Create(1.44269504f));
        var r = Vector256.FusedMultiplyAdd(n, Vector256.Create(-0.693359375f), x);
        r = Vector256.FusedMultiplyAdd(n, Vector256.Create(2.12194440e-4f), r);
        var p = Vector256.Create(1f / 720);
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(1f / 120));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(1f / 24));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(1f / 6));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(0.5f));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256<float>.One);
        p = Vector256.FusedMultiplyAdd(p, r, Vector256<float>.One);
        var twoToN = Vector256.ShiftLeft(Vector256.ConvertToInt32Native(n) + Vector256.Create(127), 23).AsSingle(); // n is whole and in range
        return p * twoToN;
    }

    /// <summary>
    /// The logistic function by <see cref="FastExp"/>, the division by the processor's reciprocal estimate and one
    /// Newton step where it has one (within 2e-7 relatively; a division takes several times as long).
    /// </summary>
    public static Vector256<float> FastSigmoid(Vector256<float> x)
    {
        var d = Vector256<float>.One + FastExp(-x); // at least 1
        if (!Avx.IsSupported)
            return Vector256<float>.One / d;
        var r = Avx.Reciprocal(d);
        return Vector256.FusedMultiplyAdd(r, Vector256.FusedMultiplyAdd(-d, r, Vector256<float>.One), r);
    }

    /// <summary>tanh x = 2 σ(2x) - 1, by <see cref="FastExp"/>.</summary>
    public static Vector256<float> FastTanh(Vector256<float> x) => FastSigmoid(x + x) * 2f - Vector256<float>.One;

    /// <summary>tanh of each value in place: <see cref="FastTanh(Vector256{float})"/> a vector at a time, <see cref="MathF.Tanh"/> for the rest.</summary>
    public static void FastTanh(Span<float> values)
    {
        const int lanes = 8;
        var j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; j + lanes <= values.Length; j += lanes)
                FastTanh(Vector256.Create(values.Slice(j, lanes))).CopyTo(values[j..]);
        }
        for (; j < values.Length; j++)
            values[j] = MathF.Tanh(values[j]);
    }

    /// <summary>Softmax of <paramref name="scores"/> over the entries <paramref name="allowed"/> marks, in place; the others become 0.</summary>
    public static void Softmax(Span<float> scores, ReadOnlySpan<bool> allowed)
    {
        var max = float.NegativeInfinity;
        for (var i = 0; i < scores.Length; i++)
        {
            if (allowed[i] && scores[i] > max)
                max = scores[i];
        }
        var sum = 0f;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = allowed[i] ? MathF.Exp(scores[i] - max) : 0f;
            sum += scores[i];
        }
        for (var i = 0; i < scores.Length; i++)
            scores[i] /= sum;
    }

    /// <summary>Fills <paramref name="values"/> uniformly in ±sqrt(6 / (fanIn + fanOut)) (Glorot and Bengio 2010).</summary>
    public static void GlorotInit(Span<float> values, int fanIn, int fanOut, Random random)
    {
        var limit = MathF.Sqrt(6f / (fanIn + fanOut));
        for (var i = 0; i < values.Length; i++)
            values[i] = (float)((random.NextDouble() * 2 - 1) * limit);
    }
}
