using System.Numerics.Tensors;

namespace Herald.Learning.Dense;

/// <summary>A block of trainable weights with the Adam optimiser's state (Kingma and Ba 2015).</summary>
internal sealed class Parameter(int size)
{
    public float[] Value { get; } = new float[size];
    private readonly float[] _mean = new float[size];
    private readonly float[] _variance = new float[size];

    public int Size => Value.Length;

    /// <summary>Whether training leaves the values as they are (such as word vectors learnt elsewhere).</summary>
    public bool Fixed { get; init; }

    /// <summary>One Adam step of step number <paramref name="t"/> (1-based) along <paramref name="gradient"/>, which is then cleared.</summary>
    public void Step(Span<float> gradient, int t, float rate, float beta1 = 0.9f, float beta2 = 0.999f, float epsilon = 1e-8f)
    {
        if (Fixed)
        {
            gradient.Clear();
            return;
        }
        var correction1 = 1 - MathF.Pow(beta1, t);
        var correction2 = 1 - MathF.Pow(beta2, t);
        var step = rate * MathF.Sqrt(correction2) / correction1;
        for (var i = 0; i < Value.Length; i++)
        {
            var g = gradient[i];
            if (g == 0 && _mean[i] == 0)
                continue;
            _mean[i] = beta1 * _mean[i] + (1 - beta1) * g;
            _variance[i] = beta2 * _variance[i] + (1 - beta2) * g * g;
            Value[i] -= step * _mean[i] / (MathF.Sqrt(_variance[i]) + epsilon);
        }
        gradient.Clear();
    }

    /// <summary>The squared norm of a gradient.</summary>
    public static float SquaredNorm(ReadOnlySpan<float> gradient) => TensorPrimitives.Dot(gradient, gradient);

    /// <summary>Rounds every value to half precision, as <see cref="Write"/> stores it.</summary>
    public void Quantise()
    {
        for (var i = 0; i < Value.Length; i++)
            Value[i] = (float)(Half)Value[i];
    }

    /// <summary>Writes the values in half precision (the parser's accuracy does not move, and the file halves).</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Value.Length);
        foreach (var v in Value)
            writer.Write((Half)v);
    }

    public void Read(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        if (length != Value.Length)
            throw new InvalidDataException($"a weight block has {length} values, not {Value.Length}");
        for (var i = 0; i < length; i++)
            Value[i] = (float)reader.ReadHalf();
    }
}
