using Herald.Learning.Dense;

namespace Herald.Syntax.Parsing;

/// <summary>One thread's buffers for <see cref="NeuralParser"/>: a sentence's inputs, BiLSTM vectors and traces, the scorer's layers, and their gradients.</summary>
internal sealed class NeuralWorkspace
{
    public float[] Inputs = [], InputGradients = [], Vectors = [], VectorGradients = [];
    public int[] WordRows = [], ClusterRows = [], PretrainedRows = [];
    public byte[] Upos = [], Tags = [], Supertags = [], Shapes = [];
    public float[] ScorerInput = [], ScorerInputGradient = [], Hidden = [], HiddenGradient = [], Scores = [];
    public int[] Items = new int[NeuralParser.Items];

    /// <summary>The dropout masks of the last training sentence's inputs and the last step's scorer inputs (null: no dropout).</summary>
    public float[]? InputMask, ScorerMask;
    public LstmTrace ForwardTrace { get; } = new();
    public LstmTrace BackwardTrace { get; } = new();
    public int Length;
    private float[] _shares = [];

    /// <summary>Copies the item positions' padding vectors after the <paramref name="words"/> word vectors.</summary>
    public void Pads(int words, int items, int vectorDims, ReadOnlySpan<float> pads)
    {
        if (Vectors.Length < (words + items) * vectorDims)
            Array.Resize(ref Vectors, (words + items) * vectorDims);
        pads[..(items * vectorDims)].CopyTo(Vectors.AsSpan(words * vectorDims));
    }

    /// <summary>A buffer for the scorer's per-word shares of the hidden layer.</summary>
    public float[] Shares(int words, int perWord)
    {
        if (_shares.Length < words * perWord)
            _shares = new float[Math.Max(words * perWord, 2 * _shares.Length)];
        return _shares;
    }

    public void Reset(int length, int inputDims, int vectorDims, NeuralParserShape shape, int outputs)
    {
        Length = length;
        if (WordRows.Length < length)
        {
            var size = Math.Max(length, 2 * WordRows.Length) + NeuralParser.Items;
            Inputs = new float[size * inputDims];
            InputGradients = new float[size * inputDims];
            Vectors = new float[size * vectorDims];
            VectorGradients = new float[size * vectorDims];
            WordRows = new int[size];
            ClusterRows = new int[size];
            PretrainedRows = new int[size];
            Upos = new byte[size];
            Tags = new byte[size];
            Supertags = new byte[size];
            Shapes = new byte[size];
        }
        if (Hidden.Length != shape.ScorerHidden)
        {
            ScorerInput = new float[NeuralParser.Items * vectorDims];
            ScorerInputGradient = new float[NeuralParser.Items * vectorDims];
            Hidden = new float[shape.ScorerHidden];
            HiddenGradient = new float[shape.ScorerHidden];
            Scores = new float[outputs];
        }
        InputGradients.AsSpan(0, length * inputDims).Clear();
        VectorGradients.AsSpan(0, length * vectorDims).Clear();
    }
}
