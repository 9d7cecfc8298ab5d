using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Herald.Learning.Dense;

/// <summary>
/// C = A B (or C += A B) for row-major A (n × k), B (k × m) and C (n × m): each row of C is a sum of B's rows
/// weighted by a row of A, so a register block of C's columns is built from broadcasts of A's entries and vector
/// loads of B, without the horizontal sums a dot product ends in. This is the fast form of a product when the
/// weights can be laid out once ahead (the parser's recurrent and scorer weights).
/// </summary>
internal static class RowMajorProduct
{
    private const int Lanes = 8;
    private const int WideLanes = 16;

    public static void Multiply(ReadOnlySpan<float> a, int n, ReadOnlySpan<float> b, int k, int m, Span<float> c, bool accumulate = false)
    {
        if (a.Length < n * k || b.Length < k * m || c.Length < n * m)
            throw new ArgumentException("a span is shorter than the matrix sizes say");
        if (!Vector256.IsHardwareAccelerated || m % Lanes != 0)
        {
            Scalar(a, n, b, k, m, c, accumulate);
            return;
        }
        ref var a0 = ref MemoryMarshal.GetReference(a);
        ref var b0 = ref MemoryMarshal.GetReference(b);
        ref var c0 = ref MemoryMarshal.GetReference(c);
        // column strips outermost, so that a strip of B stays in the first-level cache for all the blocks of four rows
        var blocks = n / 4 * 4;
        var j = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; j + 2 * WideLanes <= m; j += 2 * WideLanes)
            {
                for (var i = 0; i < blocks; i += 4)
                    FourRowsTwoWideVectors(ref Unsafe.Add(ref a0, i * k), ref Unsafe.Add(ref b0, j), ref Unsafe.Add(ref c0, i * m + j), k, m, accumulate);
            }
        }
        for (; j + 3 * Lanes <= m; j += 3 * Lanes)
        {
            for (var i = 0; i < blocks; i += 4)
                FourRowsThreeVectors(ref Unsafe.Add(ref a0, i * k), ref Unsafe.Add(ref b0, j), ref Unsafe.Add(ref c0, i * m + j), k, m, accumulate);
        }
        for (; j + 2 * Lanes <= m; j += 2 * Lanes)
        {
            for (var i = 0; i < blocks; i += 4)
                FourRowsTwoVectors(ref Unsafe.Add(ref a0, i * k), ref Unsafe.Add(ref b0, j), ref Unsafe.Add(ref c0, i * m + j), k, m, accumulate);
        }
        for (; j < m; j += Lanes)
        {
            for (var i = 0; i < blocks; i++)
                OneRowOneVector(ref Unsafe.Add(ref a0, i * k), ref Unsafe.Add(ref b0, j), ref Unsafe.Add(ref c0, i * m + j), k, m, accumulate);
        }
        for (var i = blocks; i < n; i++)
        {
            j = 0;
            for (; j + 8 * Lanes <= m; j += 8 * Lanes)
                OneRowEightVectors(ref Unsafe.Add(ref a0, i * k), ref Unsafe.Add(ref b0, j), ref Unsafe.Add(ref c0, i * m + j), k, m, accumulate);
            for (; j < m; j += Lanes)
                OneRowOneVector(ref Unsafe.Add(ref a0, i * k), ref Unsafe.Add(ref b0, j), ref Unsafe.Add(ref c0, i * m + j), k, m, accumulate);
        }
    }

    /// <summary>
    /// Four rows by three vectors: twelve independent sums, enough to keep both fused multiply-add units busy
    /// through their latency (eight, in <see cref="FourRowsTwoVectors"/>, leave them idle part of the time).
    /// </summary>
    private static void FourRowsThreeVectors(ref float a, ref float b, ref float c, int k, int m, bool accumulate)
    {
        Vector256<float> s00 = default, s01 = default, s02 = default, s10 = default, s11 = default, s12 = default,
            s20 = default, s21 = default, s22 = default, s30 = default, s31 = default, s32 = default;
        for (var t = 0; t < k; t++)
        {
            ref var row = ref Unsafe.Add(ref b, t * m);
            var y0 = Vector256.LoadUnsafe(ref row);
            var y1 = Vector256.LoadUnsafe(ref row, Lanes);
            var y2 = Vector256.LoadUnsafe(ref row, 2 * Lanes);
            var x0 = Vector256.Create(Unsafe.Add(ref a, t));
            s00 = Vector256.FusedMultiplyAdd(x0, y0, s00);
            s01 = Vector256.FusedMultiplyAdd(x0, y1, s01);
            s02 = Vector256.FusedMultiplyAdd(x0, y2, s02);
            var x1 = Vector256.Create(Unsafe.Add(ref a, k + t));
            s10 = Vector256.FusedMultiplyAdd(x1, y0, s10);
            s11 = Vector256.FusedMultiplyAdd(x1, y1, s11);
            s12 = Vector256.FusedMultiplyAdd(x1, y2, s12);
            var x2 = Vector256.Create(Unsafe.Add(ref a, 2 * k + t));
            s20 = Vector256.FusedMultiplyAdd(x2, y0, s20);
            s21 = Vector256.FusedMultiplyAdd(x2, y1, s21);
            s22 = Vector256.FusedMultiplyAdd(x2, y2, s22);
            var x3 = Vector256.Create(Unsafe.Add(ref a, 3 * k + t));
            s30 = Vector256.FusedMultiplyAdd(x3, y0, s30);
            s31 = Vector256.FusedMultiplyAdd(x3, y1, s31);
            s32 = Vector256.FusedMultiplyAdd(x3, y2, s32);
        }
        Store(s00, ref c, 0, accumulate);
        Store(s01, ref c, Lanes, accumulate);
        Store(s02, ref c, 2 * Lanes, accumulate);
        Store(s10, ref c, m, accumulate);
        Store(s11, ref c, m + Lanes, accumulate);
        Store(s12, ref c, m + 2 * Lanes, accumulate);
        Store(s20, ref c, 2 * m, accumulate);
        Store(s21, ref c, 2 * m + Lanes, accumulate);
        Store(s22, ref c, 2 * m + 2 * Lanes, accumulate);
        Store(s30, ref c, 3 * m, accumulate);
        Store(s31, ref c, 3 * m + Lanes, accumulate);
        Store(s32, ref c, 3 * m + 2 * Lanes, accumulate);
    }

    private static void FourRowsTwoVectors(ref float a, ref float b, ref float c, int k, int m, bool accumulate)
    {
        Vector256<float> s00 = default, s01 = default, s10 = default, s11 = default, s20 = default, s21 = default, s30 = default, s31 = default;
        for (var t = 0; t < k; t++)
        {
            ref var row = ref Unsafe.Add(ref b, t * m);
            var y0 = Vector256.LoadUnsafe(ref row);
            var y1 = Vector256.LoadUnsafe(ref row, Lanes);
            var x0 = Vector256.Create(Unsafe.Add(ref a, t));
            var x1 = Vector256.Create(Unsafe.Add(ref a, k + t));
            var x2 = Vector256.Create(Unsafe.Add(ref a, 2 * k + t));
            var x3 = Vector256.Create(Unsafe.Add(ref a, 3 * k + t));
            s00 = Vector256.FusedMultiplyAdd(x0, y0, s00);
            s01 = Vector256.FusedMultiplyAdd(x0, y1, s01);
            s10 = Vector256.FusedMultiplyAdd(x1, y0, s10);
            s11 = Vector256.FusedMultiplyAdd(x1, y1, s11);
            s20 = Vector256.FusedMultiplyAdd(x2, y0, s20);
            s21 = Vector256.FusedMultiplyAdd(x2, y1, s21);
            s30 = Vector256.FusedMultiplyAdd(x3, y0, s30);
            s31 = Vector256.FusedMultiplyAdd(x3, y1, s31);
        }
        Store(s00, ref c, 0, accumulate);
        Store(s01, ref c, Lanes, accumulate);
        Store(s10, ref c, m, accumulate);
        Store(s11, ref c, m + Lanes, accumulate);
        Store(s20, ref c, 2 * m, accumulate);
        Store(s21, ref c, 2 * m + Lanes, accumulate);
        Store(s30, ref c, 3 * m, accumulate);
        Store(s31, ref c, 3 * m + Lanes, accumulate);
    }

    /// <summary>
    /// The four-row tile in 512-bit vectors, where the processor has them: twice the work per load and per
    /// instruction. It repeats <see cref="FourRowsTwoVectors"/> at the other width because .NET's vector types
    /// share no interface a generic kernel could be written against.
    /// </summary>
    private static void FourRowsTwoWideVectors(ref float a, ref float b, ref float c, int k, int m, bool accumulate)
    {
        Vector512<float> s00 = default, s01 = default, s10 = default, s11 = default, s20 = default, s21 = default, s30 = default, s31 = default;
        for (var t = 0; t < k; t++)
        {
            ref var row = ref Unsafe.Add(ref b, t * m);
            var y0 = Vector512.LoadUnsafe(ref row);
            var y1 = Vector512.LoadUnsafe(ref row, WideLanes);
            var x0 = Vector512.Create(Unsafe.Add(ref a, t));
            var x1 = Vector512.Create(Unsafe.Add(ref a, k + t));
            var x2 = Vector512.Create(Unsafe.Add(ref a, 2 * k + t));
            var x3 = Vector512.Create(Unsafe.Add(ref a, 3 * k + t));
            s00 = Vector512.FusedMultiplyAdd(x0, y0, s00);
            s01 = Vector512.FusedMultiplyAdd(x0, y1, s01);
            s10 = Vector512.FusedMultiplyAdd(x1, y0, s10);
            s11 = Vector512.FusedMultiplyAdd(x1, y1, s11);
            s20 = Vector512.FusedMultiplyAdd(x2, y0, s20);
            s21 = Vector512.FusedMultiplyAdd(x2, y1, s21);
            s30 = Vector512.FusedMultiplyAdd(x3, y0, s30);
            s31 = Vector512.FusedMultiplyAdd(x3, y1, s31);
        }
        Store(s00, ref c, 0, accumulate);
        Store(s01, ref c, WideLanes, accumulate);
        Store(s10, ref c, m, accumulate);
        Store(s11, ref c, m + WideLanes, accumulate);
        Store(s20, ref c, 2 * m, accumulate);
        Store(s21, ref c, 2 * m + WideLanes, accumulate);
        Store(s30, ref c, 3 * m, accumulate);
        Store(s31, ref c, 3 * m + WideLanes, accumulate);
    }

    private static void OneRowEightVectors(ref float a, ref float b, ref float c, int k, int m, bool accumulate)
    {
        Vector256<float> s0 = default, s1 = default, s2 = default, s3 = default, s4 = default, s5 = default, s6 = default, s7 = default;
        for (var t = 0; t < k; t++)
        {
            ref var row = ref Unsafe.Add(ref b, t * m);
            var x = Vector256.Create(Unsafe.Add(ref a, t));
            s0 = Vector256.FusedMultiplyAdd(x, Vector256.LoadUnsafe(ref row), s0);
            s1 = Vector256.FusedMultiplyAdd(x, Vector256.LoadUnsafe(ref row, Lanes), s1);
            s2 = Vector256.FusedMultiplyAdd(x, Vector256.LoadUnsafe(ref row, 2 * Lanes), s2);
            s3 = Vector256.FusedMultiplyAdd(x, Vector256.LoadUnsafe(ref row, 3 * Lanes), s3);
            s4 = Vector256.FusedMultiplyAdd(x, Vector256.LoadUnsafe(ref row, 4 * Lanes), s4);
            s5 = Vector256.FusedMultiplyAdd(x, Vector256.LoadUnsafe(ref row, 5 * Lanes), s5);
            s6 = Vector256.FusedMultiplyAdd(x, Vector256.LoadUnsafe(ref row, 6 * Lanes), s6);
            s7 = Vector256.FusedMultiplyAdd(x, Vector256.LoadUnsafe(ref row, 7 * Lanes), s7);
        }
        Store(s0, ref c, 0, accumulate);
        Store(s1, ref c, Lanes, accumulate);
        Store(s2, ref c, 2 * Lanes, accumulate);
        Store(s3, ref c, 3 * Lanes, accumulate);
        Store(s4, ref c, 4 * Lanes, accumulate);
        Store(s5, ref c, 5 * Lanes, accumulate);
        Store(s6, ref c, 6 * Lanes, accumulate);
        Store(s7, ref c, 7 * Lanes, accumulate);
    }

    private static void OneRowOneVector(ref float a, ref float b, ref float c, int k, int m, bool accumulate)
    {
        Vector256<float> s = default;
        for (var t = 0; t < k; t++)
            s = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref a, t)), Vector256.LoadUnsafe(ref Unsafe.Add(ref b, t * m)), s);
        Store(s, ref c, 0, accumulate);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Vector256<float> sum, ref float c, int offset, bool accumulate)
    {
        if (accumulate)
            sum += Vector256.LoadUnsafe(ref c, (nuint)offset);
        sum.StoreUnsafe(ref c, (nuint)offset);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Vector512<float> sum, ref float c, int offset, bool accumulate)
    {
        if (accumulate)
            sum += Vector512.LoadUnsafe(ref c, (nuint)offset);
        sum.StoreUnsafe(ref c, (nuint)offset);
    }

    private static void Scalar(ReadOnlySpan<float> a, int n, ReadOnlySpan<float> b, int k, int m, Span<float> c, bool accumulate)
    {
        for (var i = 0; i < n; i++)
        {
            var row = c.Slice(i * m, m);
            if (!accumulate)
                row.Clear();
            for (var t = 0; t < k; t++)
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(b.Slice(t * m, m), a[i * k + t], row, row);
        }
    }

    /// <summary>
    /// Writes the transpose of a <paramref name="rows"/> × <paramref name="columns"/> block of
    /// <paramref name="source"/> (rows <paramref name="sourceStride"/> apart) into <paramref name="into"/> (rows
    /// <paramref name="intoStride"/> apart): how weights are laid out once for <see cref="Multiply"/>.
    /// </summary>
    public static void Transpose(ReadOnlySpan<float> source, int rows, int columns, int sourceStride, Span<float> into, int intoStride)
    {
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
                into[c * intoStride + r] = source[r * sourceStride + c];
        }
    }
}
