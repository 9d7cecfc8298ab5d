using System.Numerics;
using System.Runtime.InteropServices;

namespace Herald.Learning;

/// <summary>
/// A multiclass averaged perceptron over hashed features, for training. Weights are kept per feature as a
/// row of class weights; averaging is lazy (each weight remembers when it last changed). Training is
/// deterministic: the same sequence of <see cref="Update"/> calls gives the same weights, bit for bit.
/// <see cref="Compile"/> turns the averaged weights into a compact, read-only <see cref="LinearModel"/>.
/// </summary>
public sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, int> _rows = [];
    private readonly List<ulong> _keys = [];
    private readonly int _stride;
    private float[] _weights;
    private double[] _totals;
    private int[] _stamps;
    private int _time;

    /// <summary>A perceptron over <paramref name="classes"/> classes.</summary>
    public AveragedPerceptron(int classes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classes, LinearModel.MaxClasses);
        Classes = classes;
        _stride = (classes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        _weights = new float[_stride * 1024];
        _totals = new double[_stride * 1024];
        _stamps = new int[_stride * 1024];
    }

    /// <summary>Number of classes.</summary>
    public int Classes { get; }

    /// <summary>Number of features that have a weight row.</summary>
    public int FeatureCount => _keys.Count;

    /// <summary>Adds the current weights of <paramref name="features"/> into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (scores.Length < _stride)
            throw new ArgumentException($"scores needs {_stride} slots", nameof(scores));
        scores[.._stride].Clear();
        var sums = MemoryMarshal.Cast<float, Vector<float>>(scores[.._stride]);
        foreach (var feature in features)
        {
            if (!_rows.TryGetValue(feature, out var row))
                continue;
            var weights = MemoryMarshal.Cast<float, Vector<float>>(_weights.AsSpan(row * _stride, _stride));
            for (var v = 0; v < sums.Length; v++)
                sums[v] += weights[v];
        }
    }

    /// <summary>The best class for <paramref name="features"/> under the current weights (lowest index on ties).</summary>
    public int Predict(ReadOnlySpan<ulong> features) => Predict(features, UInt128.Zero);

    /// <summary>The best class among <paramref name="allowed"/> (a bit per class; 0 allows all).</summary>
    public int Predict(ReadOnlySpan<ulong> features, UInt128 allowed)
    {
        Span<float> scores = stackalloc float[_stride];
        Score(features, scores);
        if (allowed == UInt128.Zero)
            return ArgMax(scores[..Classes]);
        var best = -1;
        for (var c = 0; c < Classes; c++)
        {
            if ((allowed >> c & UInt128.One) != UInt128.Zero && (best < 0 || scores[c] > scores[best]))
                best = c;
        }
        return best < 0 ? ArgMax(scores[..Classes]) : best;
    }

    /// <summary>The index of the largest value, the lowest on ties.</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
                best = c;
        }
        return best;
    }

    /// <summary>Counts one training instance, and when <paramref name="guess"/> is wrong moves weight from it to <paramref name="truth"/>.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        _time++;
        if (truth == guess)
            return;
        foreach (var feature in features)
        {
            var row = RowOf(feature);
            Step(row * _stride + truth, 1f);
            Step(row * _stride + guess, -1f);
        }
    }

    /// <summary>
    /// The averaged weights as a compact model: weights are quantised to 16-bit integers with one scale;
    /// weights smaller than <paramref name="minWeight"/> are dropped, and features left with none.
    /// </summary>
    public LinearModel Compile(float minWeight = 0) => Mix([this], minWeight);

    /// <summary>
    /// The mean of the averaged weights of <paramref name="perceptrons"/> (same classes, trained on the same task,
    /// e.g. with different seeds), compiled like <see cref="Compile"/>: since scores are sums of weights, the
    /// model scores every class as the mean of the perceptrons' scores, an ensemble at the cost of one model.
    /// </summary>
    public static LinearModel Mix(IReadOnlyList<AveragedPerceptron> perceptrons, float minWeight = 0)
    {
        ArgumentNullException.ThrowIfNull(perceptrons);
        ArgumentOutOfRangeException.ThrowIfZero(perceptrons.Count);
        var classes = perceptrons[0].Classes;
        if (perceptrons.Any(p => p.Classes != classes))
            throw new ArgumentException("the perceptrons have different classes", nameof(perceptrons));
        var rows = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        foreach (var perceptron in perceptrons)
        {
            foreach (var key in perceptron._keys)
            {
                if (rows.TryAdd(key, keys.Count))
                    keys.Add(key);
            }
        }
        var averaged = new float[keys.Count * classes];
        foreach (var perceptron in perceptrons)
        {
            var time = Math.Max(perceptron._time, 1);
            for (var r = 0; r < perceptron._keys.Count; r++)
            {
                var target = rows[perceptron._keys[r]] * classes;
                for (var c = 0; c < classes; c++)
                {
                    var i = r * perceptron._stride + c;
                    var total = perceptron._totals[i] + (double)(time - perceptron._stamps[i]) * perceptron._weights[i];
                    averaged[target + c] += (float)(total / time) / perceptrons.Count;
                }
            }
        }
        return LinearModel.Quantise(CollectionsMarshal.AsSpan(keys), averaged, classes, minWeight);
    }

    private int RowOf(ulong feature)
    {
        ref var row = ref CollectionsMarshal.GetValueRefOrAddDefault(_rows, feature, out var exists);
        if (exists)
            return row;
        row = _keys.Count;
        _keys.Add(feature);
        var needed = (row + 1) * _stride;
        if (needed > _weights.Length)
        {
            var size = Math.Max(needed, _weights.Length * 2);
            Array.Resize(ref _weights, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _stamps, size);
        }
        return row;
    }

    private void Step(int index, float delta)
    {
        _totals[index] += (double)(_time - _stamps[index]) * _weights[index];
        _stamps[index] = _time;
        _weights[index] += delta;
    }
}
