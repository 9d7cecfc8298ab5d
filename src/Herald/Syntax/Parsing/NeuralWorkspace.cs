using Herald.Learning.Dense;

namespace Herald.Syntax.Parsing;

/// <summary>One thread's buffers for <see cref="NeuralParser"/>: a sentence's inputs, BiLSTM vectors and traces, the scorer's layers, and their gradients.</summary>
internal sealed class NeuralWorkspace
{
    public float[] Inputs = [], InputGradients = [], Vectors = [], VectorGradients = [];
    public int[] WordRows = [], ClusterRows = [], PretrainedRows = [], SuffixRows = [];
    public byte[] Upos = [], Tags = [], Supertags = [], Shapes = [];
    public float[] ScorerInput = [], ScorerInputGradient = [], Hidden = [], HiddenGradient = [], Scores = [];
    public int[] Items = new int[NeuralParser.MaxItems];

    /// <summary>The dropout masks of the last training sentence's inputs and the last step's scorer inputs (null: no dropout).</summary>
    public float[]? InputMask, ScorerMask;
    public LstmTrace ForwardTrace { get; } = new();
    public LstmTrace BackwardTrace { get; } = new();

    /// <summary>Buffers for the BiLSTM steps of a batch of sentences (those of the first sentence's workspace serve the batch).</summary>
    public LstmScratch Scratch { get; } = new();

    public int Length;
    private float[] _shares = [], _uncachedEmbeddings = [];
    private readonly float[][] _computedRows = [[], []];
    private readonly short[][] _computedLevels = [[], []];
    private LstmSequence[] _forward = [], _backward = [];

    /// <summary>Room for the sequences of a batch of <paramref name="count"/> sentences, each direction's.</summary>
    public (LstmSequence[] Forward, LstmSequence[] Backward) Sequences(int count)
    {
        Ensure(ref _forward, count);
        Ensure(ref _backward, count);
        return (_forward, _backward);
    }

    /// <summary>A buffer for the scorer's per-word shares of the hidden layer.</summary>
    public float[] Shares(int words, int perWord)
    {
        Ensure(ref _shares, words * perWord);
        return _shares;
    }

    /// <summary>Buffer <paramref name="which"/> (0 or 1) for the gate inputs of a sentence's words computed at parse time, one table's.</summary>
    public float[] ComputedRows(int which, int size)
    {
        Ensure(ref _computedRows[which], size);
        return _computedRows[which];
    }

    /// <summary><see cref="ComputedRows"/> rounded to integers, for the fast path.</summary>
    public short[] ComputedLevels(int which, int size)
    {
        Ensure(ref _computedLevels[which], size);
        return _computedLevels[which];
    }

    /// <summary>A buffer for the embedding rows of the words whose gate inputs are computed at parse time.</summary>
    public float[] UncachedEmbeddings(int size)
    {
        Ensure(ref _uncachedEmbeddings, size);
        return _uncachedEmbeddings;
    }

    /// <summary>
    /// Makes room for a sentence of <paramref name="length"/> words (the root included) under a model of the given
    /// sizes. A thread's parse state serves every model the thread runs, so each buffer is checked against this
    /// model's sizes, not only against the sentence's length.
    /// </summary>
    public void Reset(int length, int vectorDims, NeuralParserShape shape, int outputs)
    {
        Length = length;
        Ensure(ref Vectors, length * vectorDims);
        Ensure(ref WordRows, length);
        Ensure(ref ClusterRows, length);
        Ensure(ref PretrainedRows, length);
        Ensure(ref SuffixRows, length);
        Ensure(ref Upos, length);
        Ensure(ref Tags, length);
        Ensure(ref Supertags, length);
        Ensure(ref Shapes, length);
        // the scorer's layers are read whole, so they have this model's sizes exactly
        Exactly(ref ScorerInput, shape.Items * vectorDims);
        Exactly(ref ScorerInputGradient, shape.Items * vectorDims);
        Exactly(ref Hidden, shape.ScorerHidden);
        Exactly(ref HiddenGradient, shape.ScorerHidden);
        Exactly(ref Scores, outputs);
    }

    /// <summary>Makes room for the sentence's input vectors and clears the gradients of its inputs and word vectors, before training on it.</summary>
    public void PrepareTraining(int inputDims, int vectorDims)
    {
        Ensure(ref Inputs, Length * inputDims);
        Ensure(ref InputGradients, Length * inputDims);
        Ensure(ref VectorGradients, Length * vectorDims);
        InputGradients.AsSpan(0, Length * inputDims).Clear();
        VectorGradients.AsSpan(0, Length * vectorDims).Clear();
    }

    private static void Ensure<T>(ref T[] buffer, int size)
    {
        if (buffer.Length < size)
            buffer = new T[Math.Max(size, 2 * buffer.Length)];
    }

    private static void Exactly<T>(ref T[] buffer, int size)
    {
        if (buffer.Length != size)
            buffer = new T[size];
    }
}
