using System.Numerics.Tensors;
using Herald.Learning.Dense;

namespace Herald.Syntax.Parsing;

/// <summary>Sizes of a <see cref="NeuralParser"/>.</summary>
internal sealed record NeuralParserShape
{
    public int WordDims { get; init; } = 64;
    public int ClusterDims { get; init; } = 16;
    public int UposDims { get; init; } = 16;
    public int TagDims { get; init; } = 16;
    public int SupertagDims { get; init; } = 32;
    public int ShapeDims { get; init; } = 4;

    /// <summary>Dimensions of the embedding of a word's last letters (see <see cref="ParseState.SuffixHash"/>).</summary>
    public int SuffixDims { get; init; } = 16;

    /// <summary>Dimensions of the word vectors learnt from raw text (fixed during training); 0: none.</summary>
    public int PretrainedDims { get; init; }

    /// <summary>Units of each direction of the BiLSTM.</summary>
    public int Hidden { get; init; } = 96;

    /// <summary>Units of the scorer's hidden layer.</summary>
    public int ScorerHidden { get; init; } = 128;

    /// <summary>
    /// How many parser-state items the scorer reads (2 to 4): the top <c>Items - 1</c> stack items, then the first
    /// buffer word; 4 reads s0, s1, s2, b0 (Kiperwasser and Goldberg 2016), 2 reads s0, b0, the minimal set of
    /// Shi, Huang and Lee (2017).
    /// </summary>
    public int Items { get; init; } = NeuralParser.MaxItems;

    public int InputDims => WordDims + ClusterDims + UposDims + TagDims + SupertagDims + ShapeDims + PretrainedDims + SuffixDims;
}

/// <summary>
/// A transition scorer in the style of Kiperwasser and Goldberg (2016): each word of the sentence is embedded
/// (word, word cluster, tags, supertag, shape, last letters), a bidirectional LSTM reads the sentence, and a one-hidden-layer
/// network scores the transitions and the relations from the BiLSTM vectors of the top three stack items and
/// the first buffer word. Immutable once trained; <see cref="NeuralWorkspace"/> holds one thread's buffers.
/// </summary>
internal sealed partial class NeuralParser
{
    /// <summary>Most items the scorer reads: s0, s1, s2, b0.</summary>
    public const int MaxItems = 4;

    public const int UnknownWord = 0;

    private readonly Dictionary<ulong, int> _words;
    private readonly Dictionary<ulong, int> _clusters;
    private readonly Dictionary<ulong, int> _pretrained;
    private readonly Dictionary<ulong, int> _suffixes;

    /// <summary>A parser of the given sizes and vocabularies (rows from 1; row 0 is the unknown word, cluster or suffix), its weights not set.</summary>
    public NeuralParser(NeuralParserShape shape, Dictionary<ulong, int> words, Dictionary<ulong, int> clusters, Dictionary<ulong, int> pretrained,
        Dictionary<ulong, int> suffixes)
    {
        if (shape.Items is < 2 or > MaxItems)
            throw new ArgumentException($"the scorer reads 2 to {MaxItems} items, not {shape.Items}", nameof(shape));
        Shape = shape;
        _words = words;
        _clusters = clusters;
        _pretrained = pretrained;
        _suffixes = suffixes;
        PretrainedEmbeddings = new Parameter((pretrained.Count + 1) * shape.PretrainedDims) { Fixed = true };
        WordEmbeddings = new Parameter((words.Count + 1) * shape.WordDims);
        ClusterEmbeddings = new Parameter((clusters.Count + 1) * shape.ClusterDims);
        UposEmbeddings = new Parameter(256 * shape.UposDims);
        TagEmbeddings = new Parameter(256 * shape.TagDims);
        SupertagEmbeddings = new Parameter(256 * shape.SupertagDims);
        ShapeEmbeddings = new Parameter(256 * shape.ShapeDims);
        SuffixEmbeddings = new Parameter((suffixes.Count + 1) * shape.SuffixDims);
        Forward = new Lstm(shape.InputDims, shape.Hidden, reverse: false);
        Backward = new Lstm(shape.InputDims, shape.Hidden, reverse: true);
        Pad = new Parameter(shape.Items * VectorDims);
        HiddenWeights = new Parameter(shape.ScorerHidden * shape.Items * VectorDims);
        HiddenBias = new Parameter(shape.ScorerHidden);
        OutputWeights = new Parameter(Outputs * shape.ScorerHidden);
        OutputBias = new Parameter(Outputs);
        All =
        [
            WordEmbeddings, ClusterEmbeddings, UposEmbeddings, TagEmbeddings, SupertagEmbeddings, ShapeEmbeddings, PretrainedEmbeddings, SuffixEmbeddings,
            .. Forward.Parameters, .. Backward.Parameters, Pad, HiddenWeights, HiddenBias, OutputWeights, OutputBias,
        ];
    }

    public NeuralParserShape Shape { get; }

    /// <summary>The word the scorer reads as item <paramref name="k"/> of <paramref name="state"/> (-1: none): the stack's top items, the first buffer word last.</summary>
    public int Item(ParseState state, int k) => k == Shape.Items - 1 ? state.B(0) : state.S(k);

    /// <summary>Width of a word's BiLSTM vector.</summary>
    public int VectorDims => 2 * Shape.Hidden;

    /// <summary>Scores: the three transitions, then the relations of a left arc, then those of a right arc.</summary>
    public static int Outputs => ParseState.TransitionCount + 2 * DependencyLabels.Count;

    public Parameter WordEmbeddings { get; }
    public Parameter ClusterEmbeddings { get; }
    public Parameter UposEmbeddings { get; }
    public Parameter TagEmbeddings { get; }
    public Parameter SupertagEmbeddings { get; }
    public Parameter ShapeEmbeddings { get; }

    /// <summary>Embeddings of the words' last letters, one row per suffix seen often enough in training.</summary>
    public Parameter SuffixEmbeddings { get; }

    /// <summary>Word vectors learnt from raw text, one row per word of <c>pretrained</c>; not trained further.</summary>
    public Parameter PretrainedEmbeddings { get; }
    public Lstm Forward { get; }
    public Lstm Backward { get; }
    public Parameter Pad { get; }
    public Parameter HiddenWeights { get; }
    public Parameter HiddenBias { get; }
    public Parameter OutputWeights { get; }
    public Parameter OutputBias { get; }

    /// <summary>Every weight block, in a fixed order (gradients are kept in the same order).</summary>
    public Parameter[] All { get; }

    /// <summary>Number of weights.</summary>
    public long WeightCount => All.Sum(p => (long)p.Size);

    /// <summary>Rounds every weight to half precision, as <see cref="Write"/> stores them.</summary>
    public void Quantise()
    {
        foreach (var parameter in All)
            parameter.Quantise();
    }

    public int WordIndex(ulong word) => _words.GetValueOrDefault(word, UnknownWord);

    public int ClusterIndex(ulong cluster) => _clusters.GetValueOrDefault(cluster, 0);

    public int PretrainedIndex(ulong word) => _pretrained.GetValueOrDefault(word, 0);

    public int SuffixIndex(ulong suffix) => _suffixes.GetValueOrDefault(suffix, 0);

    /// <summary>Sets the rows of the word vectors learnt from raw text.</summary>
    public void SetPretrained(IReadOnlyDictionary<ulong, float[]> vectors)
    {
        var dims = Shape.PretrainedDims;
        foreach (var (word, row) in _pretrained)
            vectors[word].AsSpan(0, dims).CopyTo(PretrainedEmbeddings.Value.AsSpan(row * dims, dims));
    }

    /// <summary>Sets the workspace's table rows for the words of <paramref name="state"/> (<paramref name="words"/> gives the word rows).</summary>
    private void SetRows(ParseState state, NeuralWorkspace w, ReadOnlySpan<int> words)
    {
        var n = state.Count + 1;
        w.Reset(n, VectorDims, Shape, Outputs);
        for (var i = 0; i < n; i++)
        {
            w.WordRows[i] = words[i];
            w.ClusterRows[i] = ClusterIndex(state.Clusters[i]);
            w.PretrainedRows[i] = PretrainedIndex(state.Words[i]);
            w.SuffixRows[i] = SuffixIndex(state.Suffixes[i]);
            w.Upos[i] = state.Upos[i];
            w.Tags[i] = state.Tags[i];
            w.Supertags[i] = state.Supertags[i];
            w.Shapes[i] = state.Shapes[i];
        }
    }

    /// <summary>Sets the workspace's rows and, for training, its input vectors: each word's embeddings side by side.</summary>
    private void Fill(ParseState state, NeuralWorkspace w, ReadOnlySpan<int> words)
    {
        SetRows(state, w, words);
        var d = Shape.InputDims;
        w.PrepareTraining(d, VectorDims);
        for (var i = 0; i < w.Length; i++)
        {
            var row = w.Inputs.AsSpan(i * d, d);
            var at = 0;
            at = Copy(WordEmbeddings, w.WordRows[i], Shape.WordDims, row, at);
            at = Copy(ClusterEmbeddings, w.ClusterRows[i], Shape.ClusterDims, row, at);
            at = Copy(UposEmbeddings, w.Upos[i], Shape.UposDims, row, at);
            at = Copy(TagEmbeddings, w.Tags[i], Shape.TagDims, row, at);
            at = Copy(SupertagEmbeddings, w.Supertags[i], Shape.SupertagDims, row, at);
            at = Copy(ShapeEmbeddings, w.Shapes[i], Shape.ShapeDims, row, at);
            at = Copy(PretrainedEmbeddings, w.PretrainedRows[i], Shape.PretrainedDims, row, at);
            Copy(SuffixEmbeddings, w.SuffixRows[i], Shape.SuffixDims, row, at);
        }
    }

    private static int Copy(Parameter table, int row, int dims, Span<float> into, int at)
    {
        table.Value.AsSpan(row * dims, dims).CopyTo(into.Slice(at, dims));
        return at + dims;
    }

    /// <summary>The word rows of <paramref name="state"/>'s words, without dropout.</summary>
    public void WordRows(ParseState state, Span<int> rows)
    {
        for (var i = 0; i <= state.Count; i++)
            rows[i] = WordIndex(state.Words[i]);
    }

    /// <summary>The best relation of the arc <paramref name="transition"/> makes, from the scores of the last <see cref="Score"/> with labels.</summary>
    public static int BestLabel(ReadOnlySpan<float> scores, int transition) =>
        BestLabel(scores.Slice(ParseState.TransitionCount + (transition == ParseState.Left ? 0 : DependencyLabels.Count), DependencyLabels.Count));

    /// <summary>The best relation other than the root's, from the scores of every relation.</summary>
    private static int BestLabel(ReadOnlySpan<float> labels)
    {
        var best = 1;
        for (var c = 2; c < labels.Length; c++)
        {
            if (labels[c] > labels[best])
                best = c;
        }
        return best;
    }

    /// <summary>
    /// Parses the sentences in <paramref name="states"/> (tags and supertags filled) greedily, each with its own
    /// workspace. Their BiLSTMs run side by side (see <see cref="Lstm.Recur"/>). The hidden layer's input is a sum
    /// over the four items, so each word's share for each item is computed once per sentence (Chen and Manning
    /// 2014), and the relation scores only for the arc that is made.
    /// </summary>
    public void Parse(ReadOnlySpan<ParseState> states)
    {
        var inference = _inference ?? throw new InvalidOperationException("freeze the neural parser before parsing");
        var (forward, backward) = (states[0].Neural ??= new NeuralWorkspace()).Sequences(states.Length);
        for (var s = 0; s < states.Length; s++)
            (forward[s], backward[s]) = GateInputs(states[s], states[s].Neural ??= new NeuralWorkspace(), inference);
        Recur(forward.AsSpan(0, states.Length), backward.AsSpan(0, states.Length), inference, states[0].Neural!.Scratch);
        foreach (var state in states)
            Decode(state, state.Neural!, inference);
    }

    /// <summary>Sets <paramref name="w"/>'s rows and gate inputs for <paramref name="state"/>'s words; returns the sequences each LSTM direction reads.</summary>
    private (LstmSequence Forward, LstmSequence Backward) GateInputs(ParseState state, NeuralWorkspace w, NeuralInference inference)
    {
        var n = state.Count + 1;
        Span<int> rows = n <= 256 ? stackalloc int[n] : new int[n];
        WordRows(state, rows);
        SetRows(state, w, rows);
        inference.GateInputs(w, n);
        return (new LstmSequence(w.ForwardTrace, w.Vectors, n), new LstmSequence(w.BackwardTrace, w.Vectors, n));
    }

    /// <summary>Runs both LSTM directions over the sequences of a batch of sentences, side by side.</summary>
    private void Recur(ReadOnlySpan<LstmSequence> forward, ReadOnlySpan<LstmSequence> backward, NeuralInference inference, LstmScratch scratch)
    {
        Forward.Recur(forward, VectorDims, 0, inference.ForwardRecurrent, scratch, inference.Fast);
        Backward.Recur(backward, VectorDims, Shape.Hidden, inference.BackwardRecurrent, scratch, inference.Fast);
    }

    /// <summary>Makes the transitions of <paramref name="state"/> from its words' BiLSTM vectors.</summary>
    private void Decode(ParseState state, NeuralWorkspace w, NeuralInference inference)
    {
        var shares = Shares(state, w, inference);
        var scores = w.Scores.AsSpan();
        while (!state.Terminal)
        {
            ScoreTransitions(state, w, inference, shares, scores);
            var best = -1;
            for (var t = 0; t < ParseState.TransitionCount; t++)
            {
                if (ParserModel.Legal(state, t) && (best < 0 || scores[t] > scores[best]))
                    best = t;
            }
            var label = -1;
            if (best != ParseState.Shift)
            {
                if (state.ArcOf(best).Head == 0)
                    label = DependencyLabels.Root;
                else
                {
                    var labels = scores[..NeuralInference.LabelColumns]; // the transition is chosen: its scores are no longer needed
                    ScoreLabels(best, w, inference, labels);
                    label = BestLabel(labels[..DependencyLabels.Count]);
                }
            }
            state.Apply(best, label);
        }
    }

    /// <summary>Each word's share of the hidden layer for each item position: one product over the sentence's BiLSTM vectors.</summary>
    private float[] Shares(ParseState state, NeuralWorkspace w, NeuralInference inference)
    {
        var n = state.Count + 1;
        var m = Shape.ScorerHidden;
        var shares = w.Shares(n, Shape.Items * m);
        inference.Shares.Multiply(w.Vectors, n, shares, w.Scratch.Pairs(n * inference.Shares.PairRows));
        return shares;
    }

    /// <summary>The hidden layer of <paramref name="state"/> (a sum of its items' shares) into the workspace, and the transitions' scores into <paramref name="scores"/>.</summary>
    private void ScoreTransitions(ParseState state, NeuralWorkspace w, NeuralInference inference, float[] shares, Span<float> scores)
    {
        var m = Shape.ScorerHidden;
        var hidden = w.Hidden.AsSpan();
        var items = Shape.Items;
        ReadOnlySpan<float> Share(int k)
        {
            if (k >= items)
                return inference.NoShare; // adding zeros leaves each sum as it is
            var item = Item(state, k);
            return item < 0 ? inference.PadShares.AsSpan(k * m, m) : shares.AsSpan((item * items + k) * m, m);
        }
        DenseMath.Sum(HiddenBias.Value, Share(0), Share(1), Share(2), Share(3), hidden);
        if (inference.Fast)
            DenseMath.FastTanh(hidden);
        else
            TensorPrimitives.Tanh(hidden, hidden);
        OutputBias.Value.AsSpan(0, ParseState.TransitionCount).CopyTo(scores);
        DenseMath.MultiplyAdd(OutputWeights.Value.AsSpan(0, ParseState.TransitionCount * m), hidden, scores[..ParseState.TransitionCount]);
    }

    /// <summary>The relation scores of the arc <paramref name="transition"/> makes, from the hidden layer of the last <see cref="ScoreTransitions"/>, into <paramref name="labels"/> (<see cref="NeuralInference.LabelColumns"/> long).</summary>
    private void ScoreLabels(int transition, NeuralWorkspace w, NeuralInference inference, Span<float> labels)
    {
        var (weights, bias) = inference.LabelWeights(transition);
        weights.Multiply(w.Hidden, 1, labels, w.Scratch.Pairs(weights.PairRows));
        TensorPrimitives.Add(labels, bias, labels);
    }

    /// <summary>
    /// Readies <paramref name="w"/> for <see cref="AddProbabilities"/> on the states of <paramref name="state"/>'s sentence
    /// (tags and supertags filled): the words' BiLSTM vectors and shares, as <see cref="Parse"/> computes them. A
    /// trained parser serves as a teacher this way (<see cref="NeuralTrainingOptions.Teachers"/>).
    /// </summary>
    public void Prepare(ParseState state, NeuralWorkspace w)
    {
        var inference = _inference ?? throw new InvalidOperationException("freeze the neural parser before scoring");
        var (forward, backward) = w.Sequences(1);
        (forward[0], backward[0]) = GateInputs(state, w, inference);
        Recur(forward.AsSpan(0, 1), backward.AsSpan(0, 1), inference, w.Scratch);
        Shares(state, w, inference);
    }

    /// <summary>
    /// After <see cref="Prepare"/>: this parser's probabilities of the transitions <paramref name="legal"/> allows in
    /// <paramref name="state"/>, added with weight <paramref name="weight"/> to <paramref name="transitions"/>; with
    /// <paramref name="arc"/> an arc transition, also those of the relations of that arc (but the root's) to <paramref name="labels"/>.
    /// </summary>
    public void AddProbabilities(ParseState state, NeuralWorkspace w, ReadOnlySpan<bool> legal, int arc, float weight, Span<float> transitions, Span<float> labels)
    {
        var inference = _inference!;
        var shares = w.Shares(state.Count + 1, Shape.Items * Shape.ScorerHidden);
        Span<float> scores = stackalloc float[Math.Max(ParseState.TransitionCount, NeuralInference.LabelColumns)];
        ScoreTransitions(state, w, inference, shares, scores);
        DenseMath.Softmax(scores[..ParseState.TransitionCount], legal);
        for (var t = 0; t < ParseState.TransitionCount; t++)
            transitions[t] += weight * scores[t];
        if (arc < 0)
            return;
        ScoreLabels(arc, w, inference, scores[..NeuralInference.LabelColumns]);
        var relations = scores[..DependencyLabels.Count];
        DenseMath.Softmax(relations, DependencyLabels.AllButRoot);
        for (var c = 0; c < relations.Length; c++)
            labels[c] += weight * relations[c];
    }

    private NeuralInference? _inference;

    /// <summary>
    /// Precomputes the tables <see cref="Parse"/> reads; call it again after the weights change. With
    /// <paramref name="fast"/> false parsing computes in floating point with the library's exponential (see
    /// <see cref="NeuralInference.Fast"/>): training scores its epochs and asks its teachers that way, so that a
    /// retrain depends neither on the processor's integer vectors nor on the parse-time approximations.
    /// </summary>
    public void Freeze(bool fast = true) => _inference = new NeuralInference(this, fast);

    public void Write(BinaryWriter writer)
    {
        var s = Shape;
        foreach (var value in new[] { s.WordDims, s.ClusterDims, s.UposDims, s.TagDims, s.SupertagDims, s.ShapeDims, s.Hidden, s.ScorerHidden })
            writer.Write(value);
        writer.Write(s.PretrainedDims);
        writer.Write(s.SuffixDims);
        writer.Write(s.Items);
        WriteMap(writer, _words);
        WriteMap(writer, _clusters);
        WriteMap(writer, _pretrained);
        WriteMap(writer, _suffixes);
        foreach (var parameter in All)
            parameter.Write(writer);
    }

    /// <summary>Reads a parser <see cref="Write"/> wrote; without <paramref name="itemCount"/> (format 5) the scorer reads 4 items.</summary>
    public static NeuralParser Read(BinaryReader reader, bool itemCount)
    {
        var shape = new NeuralParserShape
        {
            WordDims = reader.ReadInt32(), ClusterDims = reader.ReadInt32(), UposDims = reader.ReadInt32(), TagDims = reader.ReadInt32(),
            SupertagDims = reader.ReadInt32(), ShapeDims = reader.ReadInt32(), Hidden = reader.ReadInt32(), ScorerHidden = reader.ReadInt32(),
            PretrainedDims = reader.ReadInt32(), SuffixDims = reader.ReadInt32(),
        };
        if (itemCount)
            shape = shape with { Items = reader.ReadInt32() };
        var parser = new NeuralParser(shape, ReadMap(reader), ReadMap(reader), ReadMap(reader), ReadMap(reader));
        foreach (var parameter in parser.All)
            parameter.Read(reader);
        parser.Freeze();
        return parser;
    }

    private static void WriteMap(BinaryWriter writer, Dictionary<ulong, int> map)
    {
        writer.Write(map.Count);
        foreach (var (key, value) in map.OrderBy(p => p.Value))
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    private static Dictionary<ulong, int> ReadMap(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var map = new Dictionary<ulong, int>(count);
        for (var i = 0; i < count; i++)
            map[reader.ReadUInt64()] = reader.ReadInt32();
        return map;
    }
}
