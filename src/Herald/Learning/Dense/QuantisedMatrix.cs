using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Herald.Learning.Dense;

/// <summary>
/// A weight matrix B (k × m, row-major) laid out for C = A B in 16-bit integers, for inputs A whose entries lie in
/// [-1, 1] (the outputs of an LSTM). A is scaled by 2^14 and B column by column as far as the 32-bit sums allow,
/// both rounded to 16 bits; each product of a pair of inputs by a pair of weights is one instruction
/// (<c>vpmaddwd</c>), which does twice the multiply-adds of a 32-bit floating-point one. The sums are exact
/// integers, so a row of C does not depend on the rows computed with it; each entry differs from the
/// floating-point product by the rounding of A and B (about 1e-4 of the sum's scale), which is why training keeps
/// its floating-point products and the parser's accuracy is measured with this one. Where the processor lacks
/// 256-bit integer vectors, where m is not a whole number of vectors, or where the caller asks for it, the
/// floating-point product (<see cref="RowMajorProduct"/>) is used.
/// </summary>
internal sealed class QuantisedMatrix
{
    /// <summary>The scale of the inputs: an input of 1 is 2^14, so a pair's two products add up to less than 2^31.</summary>
    private const float InputScale = 1 << 14;

    private const int Lanes = 8;

    private readonly float[] _weights = [];   // B as given, where the product stays in floating point
    private readonly int[] _pairs = [];       // else for each pair of rows of B and each column, its two weights as 16-bit halves
    private readonly float[] _unscale = [];   // and per column: 1 / (input scale × column scale)

    /// <summary>Lays out <paramref name="weights"/>, <paramref name="k"/> rows of <paramref name="m"/> columns; <paramref name="quantised"/> false keeps the product in floating point.</summary>
    public QuantisedMatrix(ReadOnlySpan<float> weights, int k, int m, bool quantised = true)
    {
        if (weights.Length != k * m)
            throw new ArgumentException("the weights are not k × m", nameof(weights));
        Rows = k;
        Columns = m;
        PairRows = (k + 1) / 2;
        IsQuantised = quantised && Avx2.IsSupported && m % Lanes == 0;
        if (!IsQuantised)
        {
            _weights = weights.ToArray();
            return;
        }
        _pairs = new int[PairRows * m];
        _unscale = new float[m];
        for (var j = 0; j < m; j++)
        {
            float largest = 0, total = 0;
            for (var t = 0; t < k; t++)
            {
                var w = Math.Abs(weights[t * m + j]);
                largest = Math.Max(largest, w);
                total += w;
            }
            // each weight within 16 bits, and the column's sum within 31 bits whatever the inputs in [-1, 1]: the
            // rounded weights' sizes add up to at most scale × total + k / 2, each times an input of at most 2^14
            var scale = total == 0 ? 1f : Math.Min(short.MaxValue / largest, ((float)int.MaxValue / InputScale - k) / total);
            _unscale[j] = 1f / (InputScale * scale);
            for (var p = 0; p < PairRows; p++)
            {
                var low = Round(weights[2 * p * m + j] * scale);
                var high = 2 * p + 1 < k ? Round(weights[(2 * p + 1) * m + j] * scale) : (short)0;
                _pairs[p * m + j] = (ushort)low | high << 16;
            }
        }
    }

    /// <summary>k, the rows of B (the length of a row of A).</summary>
    public int Rows { get; }

    /// <summary>m, the columns of B and C.</summary>
    public int Columns { get; }

    /// <summary>Rows of B taken two at a time (the last padded with zeros): the pairs of 16-bit inputs a row of A becomes.</summary>
    public int PairRows { get; }

    /// <summary>Whether <see cref="Multiply"/> runs in integers here (else in floating point).</summary>
    public bool IsQuantised { get; }

    /// <summary>
    /// C = A B for <paramref name="n"/> rows of A (entries in [-1, 1]); <paramref name="scratch"/> holds the rounded
    /// inputs (at least n × <see cref="PairRows"/> long).
    /// </summary>
    public void Multiply(ReadOnlySpan<float> a, int n, Span<float> c, Span<int> scratch)
    {
        int k = Rows, m = Columns, pairs = PairRows;
        if (a.Length < n * k || c.Length < n * m || scratch.Length < n * pairs)
            throw new ArgumentException("a span is shorter than the matrix sizes say");
        if (!IsQuantised)
        {
            RowMajorProduct.Multiply(a, n, _weights, k, m, c);
            return;
        }
        for (var i = 0; i < n; i++)
            RoundInputs(a.Slice(i * k, k), MemoryMarshal.Cast<int, short>(scratch.Slice(i * pairs, pairs)));
        ref var a0 = ref MemoryMarshal.GetReference(scratch);
        ref var b0 = ref MemoryMarshal.GetArrayDataReference(_pairs);
        ref var c0 = ref MemoryMarshal.GetReference(c);
        ref var u0 = ref MemoryMarshal.GetArrayDataReference(_unscale);
        var blocks = n / 4 * 4;
        var j = 0;
        // column strips outermost, so that a strip of B stays in the first-level cache for all the blocks of rows
        for (; j + 3 * Lanes <= m; j += 3 * Lanes)
        {
            for (var i = 0; i < blocks; i += 4)
                FourRowsThreeVectors(ref Unsafe.Add(ref a0, i * pairs), ref Unsafe.Add(ref b0, j), ref Unsafe.Add(ref c0, i * m + j), ref Unsafe.Add(ref u0, j), pairs, m);
        }
        for (; j < m; j += Lanes)
        {
            for (var i = 0; i < blocks; i += 4)
                FourRowsOneVector(ref Unsafe.Add(ref a0, i * pairs), ref Unsafe.Add(ref b0, j), ref Unsafe.Add(ref c0, i * m + j), ref Unsafe.Add(ref u0, j), pairs, m);
        }
        for (var i = blocks; i < n; i++)
        {
            for (j = 0; j + 8 * Lanes <= m; j += 8 * Lanes)
                OneRowEightVectors(ref Unsafe.Add(ref a0, i * pairs), ref Unsafe.Add(ref b0, j), ref Unsafe.Add(ref c0, i * m + j), ref Unsafe.Add(ref u0, j), pairs, m);
            for (; j < m; j += Lanes)
                OneRowOneVector(ref Unsafe.Add(ref a0, i * pairs), ref Unsafe.Add(ref b0, j), ref Unsafe.Add(ref c0, i * m + j), ref Unsafe.Add(ref u0, j), pairs, m);
        }
    }

    /// <summary>Four rows by three vectors of columns: twelve independent sums, each step one broadcast pair of inputs per row.</summary>
    private static void FourRowsThreeVectors(ref int a, ref int b, ref float c, ref float unscale, int pairs, int m)
    {
        Vector256<int> s00 = default, s01 = default, s02 = default, s10 = default, s11 = default, s12 = default,
            s20 = default, s21 = default, s22 = default, s30 = default, s31 = default, s32 = default;
        for (var p = 0; p < pairs; p++)
        {
            ref var row = ref Unsafe.Add(ref b, p * m);
            var y0 = Vector256.LoadUnsafe(ref row).AsInt16();
            var y1 = Vector256.LoadUnsafe(ref row, Lanes).AsInt16();
            var y2 = Vector256.LoadUnsafe(ref row, 2 * Lanes).AsInt16();
            var x0 = Vector256.Create(Unsafe.Add(ref a, p)).AsInt16();
            s00 += Avx2.MultiplyAddAdjacent(x0, y0);
            s01 += Avx2.MultiplyAddAdjacent(x0, y1);
            s02 += Avx2.MultiplyAddAdjacent(x0, y2);
            var x1 = Vector256.Create(Unsafe.Add(ref a, pairs + p)).AsInt16();
            s10 += Avx2.MultiplyAddAdjacent(x1, y0);
            s11 += Avx2.MultiplyAddAdjacent(x1, y1);
            s12 += Avx2.MultiplyAddAdjacent(x1, y2);
            var x2 = Vector256.Create(Unsafe.Add(ref a, 2 * pairs + p)).AsInt16();
            s20 += Avx2.MultiplyAddAdjacent(x2, y0);
            s21 += Avx2.MultiplyAddAdjacent(x2, y1);
            s22 += Avx2.MultiplyAddAdjacent(x2, y2);
            var x3 = Vector256.Create(Unsafe.Add(ref a, 3 * pairs + p)).AsInt16();
            s30 += Avx2.MultiplyAddAdjacent(x3, y0);
            s31 += Avx2.MultiplyAddAdjacent(x3, y1);
            s32 += Avx2.MultiplyAddAdjacent(x3, y2);
        }
        var u0 = Vector256.LoadUnsafe(ref unscale);
        var u1 = Vector256.LoadUnsafe(ref unscale, Lanes);
        var u2 = Vector256.LoadUnsafe(ref unscale, 2 * Lanes);
        Store(s00, u0, ref c, 0);
        Store(s01, u1, ref c, Lanes);
        Store(s02, u2, ref c, 2 * Lanes);
        Store(s10, u0, ref c, m);
        Store(s11, u1, ref c, m + Lanes);
        Store(s12, u2, ref c, m + 2 * Lanes);
        Store(s20, u0, ref c, 2 * m);
        Store(s21, u1, ref c, 2 * m + Lanes);
        Store(s22, u2, ref c, 2 * m + 2 * Lanes);
        Store(s30, u0, ref c, 3 * m);
        Store(s31, u1, ref c, 3 * m + Lanes);
        Store(s32, u2, ref c, 3 * m + 2 * Lanes);
    }

    private static void FourRowsOneVector(ref int a, ref int b, ref float c, ref float unscale, int pairs, int m)
    {
        Vector256<int> s0 = default, s1 = default, s2 = default, s3 = default;
        for (var p = 0; p < pairs; p++)
        {
            var y = Vector256.LoadUnsafe(ref Unsafe.Add(ref b, p * m)).AsInt16();
            s0 += Avx2.MultiplyAddAdjacent(Vector256.Create(Unsafe.Add(ref a, p)).AsInt16(), y);
            s1 += Avx2.MultiplyAddAdjacent(Vector256.Create(Unsafe.Add(ref a, pairs + p)).AsInt16(), y);
            s2 += Avx2.MultiplyAddAdjacent(Vector256.Create(Unsafe.Add(ref a, 2 * pairs + p)).AsInt16(), y);
            s3 += Avx2.MultiplyAddAdjacent(Vector256.Create(Unsafe.Add(ref a, 3 * pairs + p)).AsInt16(), y);
        }
        var u = Vector256.LoadUnsafe(ref unscale);
        Store(s0, u, ref c, 0);
        Store(s1, u, ref c, m);
        Store(s2, u, ref c, 2 * m);
        Store(s3, u, ref c, 3 * m);
    }

    /// <summary>One row by eight vectors: for the rows left over from the blocks of four (sentences of a batch that are still running).</summary>
    private static void OneRowEightVectors(ref int a, ref int b, ref float c, ref float unscale, int pairs, int m)
    {
        Vector256<int> s0 = default, s1 = default, s2 = default, s3 = default, s4 = default, s5 = default, s6 = default, s7 = default;
        for (var p = 0; p < pairs; p++)
        {
            ref var row = ref Unsafe.Add(ref b, p * m);
            var x = Vector256.Create(Unsafe.Add(ref a, p)).AsInt16();
            s0 += Avx2.MultiplyAddAdjacent(x, Vector256.LoadUnsafe(ref row).AsInt16());
            s1 += Avx2.MultiplyAddAdjacent(x, Vector256.LoadUnsafe(ref row, Lanes).AsInt16());
            s2 += Avx2.MultiplyAddAdjacent(x, Vector256.LoadUnsafe(ref row, 2 * Lanes).AsInt16());
            s3 += Avx2.MultiplyAddAdjacent(x, Vector256.LoadUnsafe(ref row, 3 * Lanes).AsInt16());
            s4 += Avx2.MultiplyAddAdjacent(x, Vector256.LoadUnsafe(ref row, 4 * Lanes).AsInt16());
            s5 += Avx2.MultiplyAddAdjacent(x, Vector256.LoadUnsafe(ref row, 5 * Lanes).AsInt16());
            s6 += Avx2.MultiplyAddAdjacent(x, Vector256.LoadUnsafe(ref row, 6 * Lanes).AsInt16());
            s7 += Avx2.MultiplyAddAdjacent(x, Vector256.LoadUnsafe(ref row, 7 * Lanes).AsInt16());
        }
        Store(s0, Vector256.LoadUnsafe(ref unscale), ref c, 0);
        Store(s1, Vector256.LoadUnsafe(ref unscale, Lanes), ref c, Lanes);
        Store(s2, Vector256.LoadUnsafe(ref unscale, 2 * Lanes), ref c, 2 * Lanes);
        Store(s3, Vector256.LoadUnsafe(ref unscale, 3 * Lanes), ref c, 3 * Lanes);
        Store(s4, Vector256.LoadUnsafe(ref unscale, 4 * Lanes), ref c, 4 * Lanes);
        Store(s5, Vector256.LoadUnsafe(ref unscale, 5 * Lanes), ref c, 5 * Lanes);
        Store(s6, Vector256.LoadUnsafe(ref unscale, 6 * Lanes), ref c, 6 * Lanes);
        Store(s7, Vector256.LoadUnsafe(ref unscale, 7 * Lanes), ref c, 7 * Lanes);
    }

    private static void OneRowOneVector(ref int a, ref int b, ref float c, ref float unscale, int pairs, int m)
    {
        Vector256<int> s = default;
        for (var p = 0; p < pairs; p++)
            s += Avx2.MultiplyAddAdjacent(Vector256.Create(Unsafe.Add(ref a, p)).AsInt16(), Vector256.LoadUnsafe(ref Unsafe.Add(ref b, p * m)).AsInt16());
        Store(s, Vector256.LoadUnsafe(ref unscale), ref c, 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Vector256<int> sum, Vector256<float> unscale, ref float c, int offset) =>
        (Vector256.ConvertToSingle(sum) * unscale).StoreUnsafe(ref c, (nuint)offset);

    /// <summary>
    /// Rounds a row of inputs to 16 bits, in order, into <paramref name="into"/> (the row's pairs as halves of 32-bit
    /// entries, little-endian: input 2p is the low half of pair p), padded with a zero to a whole pair.
    /// </summary>
    private static void RoundInputs(ReadOnlySpan<float> row, Span<short> into)
    {
        const int lanes = 8;
        var j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var scale = Vector256.Create(InputScale);
            for (; j + 2 * lanes <= row.Length; j += 2 * lanes)
            {
                var low = Vector256.ConvertToInt32Native(Vector256.MinNative(Vector256.MaxNative(Vector256.Round(Vector256.Create(row.Slice(j, lanes)) * scale), -scale), scale));
                var high = Vector256.ConvertToInt32Native(Vector256.MinNative(Vector256.MaxNative(Vector256.Round(Vector256.Create(row.Slice(j + lanes, lanes)) * scale), -scale), scale));
                Vector256.Narrow(low, high).CopyTo(into[j..]);
            }
        }
        for (; j < row.Length; j++)
            into[j] = Input(row[j]);
        if (row.Length % 2 == 1)
            into[row.Length] = 0;
    }

    private static short Input(float value) => (short)Math.Clamp(MathF.Round(value * InputScale), -InputScale, InputScale);

    private static short Round(float value) => (short)Math.Clamp(MathF.Round(value), -short.MaxValue, short.MaxValue);
}
