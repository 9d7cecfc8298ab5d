using System.IO.Compression;
using Herald.Errors;
using Herald.Learning;
using Herald.Models;
using Herald.Syntax.Tagging;

namespace Herald.Syntax.Parsing;

/// <summary>
/// A trained dependency parser: the transition classifier (shift, left-arc, right-arc) and the relation
/// labeller, both linear models over hashed features. Immutable; load it once and share it across threads.
/// </summary>
public sealed class ParserModel
{
    /// <summary>The weights file inside a model folder.</summary>
    public const string FileName = "parser.bin";

    /// <summary>The header this Herald writes and reads.</summary>
    public static ModelHeader Header { get; } = new("HRLDPAR1", 3, ParserFeatures.Version);

    private readonly Lazy<WordClusters> _clusters;

    internal ParserModel(LinearModel transitions, LinearModel labels, WordClusters? clusters = null, Supertagger? supertagger = null)
        : this(transitions, labels, supertagger, (clusters ?? WordClusters.None).Fingerprint, new Lazy<WordClusters>(clusters ?? WordClusters.None))
    {
    }

    private ParserModel(LinearModel transitions, LinearModel labels, Supertagger? supertagger, long clusterFingerprint, Lazy<WordClusters> clusters)
    {
        if (transitions.Classes != ParseState.TransitionCount)
            throw new InvalidDataException($"the transition model has {transitions.Classes} classes, not {ParseState.TransitionCount}");
        if (labels.Classes != DependencyLabels.Count)
            throw new InvalidDataException($"the label model has {labels.Classes} classes; this Herald has {DependencyLabels.Count} relations: retrain the model");
        Transitions = transitions;
        Labels = labels;
        Supertagger = supertagger;
        ClusterFingerprint = clusterFingerprint;
        _clusters = clusters;
    }

    /// <summary>Identifies the tagger word clusters the model was trained with (0: none).</summary>
    internal long ClusterFingerprint { get; }

    /// <summary>The word clusters of the features, from the tagger the model was trained with (loaded on first use).</summary>
    internal WordClusters Clusters => _clusters.Value;

    /// <summary>The transition classifier.</summary>
    internal LinearModel Transitions { get; }

    /// <summary>The relation labeller.</summary>
    internal LinearModel Labels { get; }

    /// <summary>The supertagger whose tags the features use, if the model was trained with one.</summary>
    internal Supertagger? Supertagger { get; }

    /// <summary>Number of features with weights in the transition classifier.</summary>
    public int TransitionFeatureCount => Transitions.FeatureCount;

    /// <summary>Number of features with weights in the labeller.</summary>
    public int LabelFeatureCount => Labels.FeatureCount;

    /// <summary>Number of weights kept, in both classifiers.</summary>
    public int WeightCount => Transitions.WeightCount + Labels.WeightCount + (Supertagger?.Model.WeightCount ?? 0);

    /// <summary>Supertags (when the model uses supertags) and parses the sentence loaded in <paramref name="state"/> greedily. Allocates nothing.</summary>
    internal void Parse(ParseState state)
    {
        Span<ulong> features = stackalloc ulong[ParserFeatures.MaxTransition];
        Span<int> scores = stackalloc int[Math.Max(Transitions.Stride, Labels.Stride)];
        Span<int> partial = stackalloc int[scores.Length];
        Supertagger?.Tag(state);
        while (!state.Terminal)
        {
            var n = ParserFeatures.Transition(state, features);
            Score(Transitions, features[..n], scores, partial);
            var best = -1;
            for (var t = 0; t < ParseState.TransitionCount; t++)
            {
                if (Legal(state, t) && (best < 0 || scores[t] > scores[best]))
                    best = t;
            }
            var label = -1;
            if (best != ParseState.Shift)
                label = PredictLabel(state, best, features, scores, partial);
            state.Apply(best, label);
        }
    }

    internal int PredictLabel(ParseState state, int transition, Span<ulong> features, Span<int> scores, Span<int> partial)
    {
        var (head, dependent) = state.ArcOf(transition);
        if (head == 0)
            return DependencyLabels.Root;
        var n = ParserFeatures.Label(state, head, dependent, features);
        Score(Labels, features[..n], scores, partial);
        var best = 1;
        for (var c = 2; c < Labels.Classes; c++)
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
        Transitions.Write(writer);
        Labels.Write(writer);
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
            using (var header = new BinaryReader(file, System.Text.Encoding.UTF8, leaveOpen: true))
                ModelHeader.ReadExpecting(header, Header);
            using var stream = new BufferedStream(new ZLibStream(file, CompressionMode.Decompress), 1 << 16);
            using var reader = new BinaryReader(stream);
            var count = reader.ReadInt32();
            if (count != DependencyLabels.Count)
                throw new InvalidDataException($"the model has {count} relations; this Herald has {DependencyLabels.Count}: retrain the model");
            for (var i = 0; i < count; i++)
            {
                var name = reader.ReadString();
                if (name != DependencyLabels.Names[i])
                    throw new InvalidDataException($"relation {i} is '{name}' in the model but '{DependencyLabels.Names[i]}' here: retrain the model");
            }
            var fingerprint = reader.ReadInt64();
            var transitions = LinearModel.Read(reader);
            var labels = LinearModel.Read(reader);
            var supertagger = reader.ReadBoolean() ? new Supertagger(LinearModel.Read(reader)) : null;
            var given = new WordClusters(tagger);
            var clusters = fingerprint == 0 ? new Lazy<WordClusters>(WordClusters.None)
                : given.Fingerprint == fingerprint ? new Lazy<WordClusters>(given)
                : new Lazy<WordClusters>(() => DefaultClusters(fingerprint, path), LazyThreadSafetyMode.ExecutionAndPublication);
            return new ParserModel(transitions, labels, supertagger, fingerprint, clusters);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new HeraldException(new HeraldError(ErrorCatalog.Unreadable, path, $"{e.Message}; retrain with the command in meta.json"));
        }
    }

    private static WordClusters DefaultClusters(long fingerprint, string path)
    {
        var clusters = new WordClusters(TaggerModel.LoadDefault());
        if (clusters.Fingerprint != fingerprint)
            throw new HeraldException(new HeraldError(ErrorCatalog.Unreadable, path, "the parser was trained with the word clusters of another tagger; retrain it with the command in meta.json"));
        return clusters;
    }

    /// <summary>Loads the committed model (see <see cref="ModelLocator"/>).</summary>
    public static ParserModel LoadDefault() => Load(ModelLocator.Find("parser", FileName));
}
