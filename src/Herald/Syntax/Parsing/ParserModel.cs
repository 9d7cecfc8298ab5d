using System.IO.Compression;
using Herald.Errors;
using Herald.Learning;
using Herald.Models;
using Herald.Syntax.Tagging;

namespace Herald.Syntax.Parsing;

/// <summary>
/// A trained dependency parser: the supertagger, and either a neural transition scorer (<see cref="NeuralParser"/>)
/// or two linear models over hashed features, the transition classifier (shift, left-arc, right-arc) and the
/// relation labeller. Immutable; load it once and share it across threads.
/// </summary>
public sealed class ParserModel
{
    /// <summary>The weights file inside a model folder.</summary>
    public const string FileName = "parser.bin";

    /// <summary>The header this Herald writes and reads.</summary>
    public static ModelHeader Header { get; } = new("HRLDPAR1", 6, ParserFeatures.Version);

    /// <summary>The oldest format read: version 5 lacks the neural scorer's item count, which was 4.</summary>
    private const int OldestFormat = 5;

    private const byte LinearKind = 0, NeuralKind = 1;

    private readonly Lazy<WordClusters> _clusters;

    /// <summary>A parser whose transitions and relations two linear models score.</summary>
    internal ParserModel(LinearModel transitions, LinearModel labels, WordClusters? clusters = null, Supertagger? supertagger = null)
        : this(transitions, labels, null, supertagger, (clusters ?? WordClusters.None).Fingerprint, new Lazy<WordClusters>(clusters ?? WordClusters.None))
    {
    }

    /// <summary>A parser whose transitions and relations <paramref name="neural"/> scores.</summary>
    internal ParserModel(NeuralParser neural, WordClusters? clusters, Supertagger? supertagger)
        : this(null, null, neural, supertagger, (clusters ?? WordClusters.None).Fingerprint, new Lazy<WordClusters>(clusters ?? WordClusters.None))
    {
    }

    private ParserModel(LinearModel? transitions, LinearModel? labels, NeuralParser? neural, Supertagger? supertagger, long clusterFingerprint, Lazy<WordClusters> clusters)
    {
        if (transitions is not null && transitions.Classes != ParseState.TransitionCount)
            throw new InvalidDataException($"the transition model has {transitions.Classes} classes, not {ParseState.TransitionCount}");
        if (labels is not null && labels.Classes != DependencyLabels.Count)
            throw new InvalidDataException($"the label model has {labels.Classes} classes; this Herald has {DependencyLabels.Count} relations");
        if (neural is null && (transitions is null || labels is null))
            throw new ArgumentException("a parser needs a neural scorer or both linear models");
        Transitions = transitions;
        Labels = labels;
        Neural = neural;
        Supertagger = supertagger;
        ClusterFingerprint = clusterFingerprint;
        _clusters = clusters;
    }

    /// <summary>Identifies the tagger word clusters the model was trained with (0: none).</summary>
    internal long ClusterFingerprint { get; }

    /// <summary>The word clusters of the features, from the tagger the model was trained with (loaded on first use).</summary>
    internal WordClusters Clusters => _clusters.Value;

    /// <summary>The linear transition classifier, unless the model is neural.</summary>
    internal LinearModel? Transitions { get; }

    /// <summary>The linear relation labeller, unless the model is neural.</summary>
    internal LinearModel? Labels { get; }

    /// <summary>The supertagger whose tags the features use, if the model was trained with one.</summary>
    internal Supertagger? Supertagger { get; }

    /// <summary>The neural transition scorer, if the model has one.</summary>
    internal NeuralParser? Neural { get; }

    /// <summary>Whether a neural network scores the transitions (else linear models).</summary>
    public bool IsNeural => Neural is not null;

    /// <summary>Number of features with weights in the linear transition classifier (0 for a neural model).</summary>
    public int TransitionFeatureCount => Transitions?.FeatureCount ?? 0;

    /// <summary>Number of features with weights in the linear labeller (0 for a neural model).</summary>
    public int LabelFeatureCount => Labels?.FeatureCount ?? 0;

    /// <summary>Number of weights kept: the scorer's and the supertagger's.</summary>
    public long WeightCount => (Neural?.WeightCount ?? 0) + (Transitions?.WeightCount ?? 0) + (Labels?.WeightCount ?? 0) + (Supertagger?.Model.WeightCount ?? 0);

    /// <summary>Supertags (when the model uses supertags) and parses the sentences loaded in <paramref name="states"/> greedily. Allocates nothing once the states' buffers have grown.</summary>
    internal void Parse(ReadOnlySpan<ParseState> states)
    {
        foreach (var state in states)
            Supertagger?.Tag(state);
        if (Neural is not null)
        {
            Neural.Parse(states);
            return;
        }
        foreach (var state in states)
            ParseLinear(state, Transitions!, Labels!);
    }

    private static void ParseLinear(ParseState state, LinearModel transitionModel, LinearModel labelModel)
    {
        Span<ulong> features = stackalloc ulong[ParserFeatures.MaxTransition];
        Span<int> scores = stackalloc int[Math.Max(transitionModel.Stride, labelModel.Stride)];
        Span<int> partial = stackalloc int[scores.Length];
        while (!state.Terminal)
        {
            var n = ParserFeatures.Transition(state, features);
            Score(transitionModel, features[..n], scores, partial);
            var best = -1;
            for (var t = 0; t < ParseState.TransitionCount; t++)
            {
                if (Legal(state, t) && (best < 0 || scores[t] > scores[best]))
                    best = t;
            }
            var label = -1;
            if (best != ParseState.Shift)
                label = PredictLabel(labelModel, state, best, features, scores, partial);
            state.Apply(best, label);
        }
    }

    private static int PredictLabel(LinearModel labels, ParseState state, int transition, Span<ulong> features, Span<int> scores, Span<int> partial)
    {
        var (head, dependent) = state.ArcOf(transition);
        if (head == 0)
            return DependencyLabels.Root;
        var n = ParserFeatures.Label(state, head, dependent, features);
        Score(labels, features[..n], scores, partial);
        var best = 1;
        for (var c = 2; c < labels.Classes; c++)
        {
            if (scores[c] > scores[best])
                best = c;
        }
        return best;
    }

    internal static bool Legal(ParseState state, int transition) => transition switch
    {
        ParseState.Shift => state.CanShift,
        ParseState.Left => state.CanLeft,
        _ => state.CanRight,
    };

    // LinearModel scores at most MaxFeatures at once; integer sums, so scoring in chunks changes nothing.
    internal static void Score(LinearModel model, ReadOnlySpan<ulong> features, Span<int> scores, Span<int> partial)
    {
        var chunk = LinearModel.MaxFeatures;
        if (features.Length <= chunk)
        {
            model.Score(features, scores);
            return;
        }
        model.Score(features[..chunk], partial);
        model.Score(features[chunk..], partial, scores);
    }

    /// <summary>Writes <c>parser.bin</c> into <paramref name="directory"/>: the header, then the weights, zlib-compressed (they are hashes and small integers, and shrink by about 40%).</summary>
    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        using var file = File.Create(Path.Combine(directory, FileName));
        using (var header = new BinaryWriter(file, System.Text.Encoding.UTF8, leaveOpen: true))
            Header.Write(header);
        using var stream = new ZLibStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(stream);
        writer.Write(DependencyLabels.Count);
        foreach (var name in DependencyLabels.Names)
            writer.Write(name);
        writer.Write(ClusterFingerprint);
        writer.Write(Neural is null ? LinearKind : NeuralKind);
        if (Neural is null)
        {
            Transitions!.Write(writer);
            Labels!.Write(writer);
        }
        else
            Neural.Write(writer);
        writer.Write(Supertagger is not null);
        Supertagger?.Model.Write(writer);
    }

    /// <summary>
    /// Loads the model in <paramref name="directory"/>; its word clusters come from <paramref name="tagger"/> when that
    /// is the tagger it was trained with, else from the installed tagger, loaded on first use.
    /// </summary>
    /// <exception cref="HeraldException">The file is missing, unreadable or not a parser model of this version.</exception>
    public static ParserModel Load(string directory, TaggerModel? tagger = null)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
            throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, path, "no parser model here; train one with 'herald train parser'"));
        try
        {
            using var file = File.OpenRead(path);
            int format;
            using (var header = new BinaryReader(file, System.Text.Encoding.UTF8, leaveOpen: true))
                format = ModelHeader.ReadExpecting(header, Header, OldestFormat).FormatVersion;
            using var stream = new BufferedStream(new ZLibStream(file, CompressionMode.Decompress), 1 << 16);
            using var reader = new BinaryReader(stream);
            var count = reader.ReadInt32();
            if (count != DependencyLabels.Count)
                throw new InvalidDataException($"the model has {count} relations; this Herald has {DependencyLabels.Count}");
            for (var i = 0; i < count; i++)
            {
                var name = reader.ReadString();
                if (name != DependencyLabels.Names[i])
                    throw new InvalidDataException($"relation {i} is '{name}' in the model but '{DependencyLabels.Names[i]}' here");
            }
            var fingerprint = reader.ReadInt64();
            var kind = reader.ReadByte();
            if (kind is not (LinearKind or NeuralKind))
                throw new InvalidDataException($"unknown scorer kind {kind}");
            var transitions = kind == LinearKind ? LinearModel.Read(reader) : null;
            var labels = kind == LinearKind ? LinearModel.Read(reader) : null;
            var neural = kind == NeuralKind ? NeuralParser.Read(reader, itemCount: format >= 6) : null;
            var supertagger = reader.ReadBoolean() ? new Supertagger(LinearModel.Read(reader)) : null;
            var given = new WordClusters(tagger);
            var clusters = fingerprint == 0 ? new Lazy<WordClusters>(WordClusters.None)
                : given.Fingerprint == fingerprint ? new Lazy<WordClusters>(given)
                : new Lazy<WordClusters>(() => DefaultClusters(fingerprint, path), LazyThreadSafetyMode.ExecutionAndPublication);
            return new ParserModel(transitions, labels, neural, supertagger, fingerprint, clusters);
        }
        catch (Exception e) when (ModelLoadErrors.IsLoadFailure(e))
        {
            throw ModelLoadErrors.From(path, e);
        }
    }

    private static WordClusters DefaultClusters(long fingerprint, string path)
    {
        var clusters = new WordClusters(TaggerModel.LoadDefault());
        if (clusters.Fingerprint != fingerprint)
            throw new HeraldException(new HeraldError(ErrorCatalog.UnusableModel, path, "the parser was trained with the word clusters of another tagger"));
        return clusters;
    }

    /// <summary>Loads the committed model (see <see cref="ModelLocator"/>).</summary>
    public static ParserModel LoadDefault() => Load(ModelLocator.Find("parser", FileName));
}
