using Herald.Errors;
using Herald.Learning;
using Herald.Models;
using Herald.Syntax.Lemmas;

namespace Herald.Syntax.Tagging;

/// <summary>
/// A trained part-of-speech tagger and lemmatizer: the joint UPOS/XPOS classes, the perceptron weights, a
/// dictionary of frequent unambiguous words, the training vocabulary and the lemmatizer. Immutable; load it
/// once and share it across threads.
/// </summary>
public sealed class TaggerModel
{
    /// <summary>The weights file inside a model folder.</summary>
    public const string FileName = "tagger.bin";

    /// <summary>The header this Herald writes and reads.</summary>
    public static ModelHeader Header { get; } = new("HRLDTAG1", 1, TaggerFeatures.Version);

    private readonly Dictionary<ulong, int> _tagDictionary;
    private readonly HashSet<ulong> _vocabulary;
    private readonly Dictionary<ulong, ulong> _ambiguity;
    private readonly Dictionary<ulong, int> _clusters;

    internal TaggerModel(TagSet tags, LinearModel weights, LinearModel? secondPass, Dictionary<ulong, int> tagDictionary, HashSet<ulong> vocabulary, Dictionary<ulong, ulong> ambiguity, Dictionary<ulong, int> clusters, Lemmatizer lemmatizer)
    {
        _clusters = clusters;
        _ambiguity = ambiguity;
        Tags = tags;
        Weights = weights;
        SecondPass = secondPass;
        _tagDictionary = tagDictionary;
        _vocabulary = vocabulary;
        Lemmatizer = lemmatizer;
    }

    /// <summary>The classes.</summary>
    public TagSet Tags { get; }

    /// <summary>The perceptron weights.</summary>
    public LinearModel Weights { get; }

    /// <summary>The weights of the second pass, which also sees the first pass's tags of the next words, if any.</summary>
    public LinearModel? SecondPass { get; }

    /// <summary>The lemmatizer.</summary>
    public Lemmatizer Lemmatizer { get; }

    /// <summary>Number of words tagged by the dictionary without the perceptron.</summary>
    public int TagDictionaryCount => _tagDictionary.Count;

    /// <summary>Number of distinct (lowercased) words seen in training.</summary>
    public int VocabularyCount => _vocabulary.Count;

    /// <summary>Whether the lowercased <paramref name="word"/> was seen in training.</summary>
    public bool IsKnown(ReadOnlySpan<char> word) => _vocabulary.Contains(WordHashes.Of(word).Lower);

    /// <summary>
    /// Tags one sentence greedily, left to right (twice when the model has a second pass):
    /// <paramref name="classes"/> receives a class of <see cref="Tags"/> for each word;
    /// <paramref name="scratch"/> (as long) holds the first pass. Pure; allocates nothing.
    /// </summary>
    internal void Predict(Span<WordHashes> words, Span<int> classes, Span<int> scratch)
    {
        AddWordClasses(words);
        if (SecondPass is null)
        {
            Decode(Weights, _tagDictionary, words, [], UsesClusters, classes);
            return;
        }
        Decode(Weights, _tagDictionary, words, [], UsesClusters, scratch);
        Decode(SecondPass, _tagDictionary, words, scratch, UsesClusters, classes);
    }

    /// <summary>One greedy left-to-right pass; <paramref name="next"/> is empty for a first pass.</summary>
    internal static void Decode(LinearModel weights, Dictionary<ulong, int> dictionary, ReadOnlySpan<WordHashes> words, ReadOnlySpan<int> next, bool useClusters, Span<int> classes)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<short> scores = stackalloc short[weights.Stride];
        int prev1 = -1, prev2 = -1;
        for (var i = 0; i < words.Length; i++)
        {
            if (!dictionary.TryGetValue(words[i].Form, out var guess))
            {
                var n = TaggerFeatures.Extract(words, i, prev1, prev2, next, features, useClusters);
                weights.Score(features[..n], scores);
                guess = LinearModel.ArgMax(scores[..weights.Classes]);
            }
            classes[i] = guess;
            prev2 = prev1;
            prev1 = guess;
        }
    }

    /// <summary>Sets each word's ambiguity class and cluster; words not in the tables get <see cref="UnknownAmbiguity"/>.</summary>
    internal void AddWordClasses(Span<WordHashes> words)
    {
        foreach (ref var word in words)
        {
            word.Ambiguity = _ambiguity.GetValueOrDefault(word.Lower, UnknownAmbiguity);
            word.Cluster = _clusters.TryGetValue(word.Lower, out var cluster) ? (ulong)cluster + 1 : UnknownAmbiguity;
        }
    }

    /// <summary>Whether the model has word clusters (and the features that use them).</summary>
    public bool UsesClusters => _clusters.Count > 0;

    /// <summary>Number of words with a cluster.</summary>
    public int ClusterCount => _clusters.Count;

    /// <summary>The ambiguity class of words too rare to have one.</summary>
    internal const ulong UnknownAmbiguity = 0x554E4B;

    /// <summary>Number of words with an ambiguity class.</summary>
    public int AmbiguityCount => _ambiguity.Count;

    /// <summary>Writes the model into <paramref name="directory"/> as <see cref="FileName"/>.</summary>
    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        using var stream = File.Create(Path.Combine(directory, FileName));
        using var writer = new BinaryWriter(stream);
        Header.Write(writer);
        writer.Write(Tags.Count);
        foreach (var (upos, xpos) in Tags.Pairs)
        {
            writer.Write(upos);
            writer.Write(xpos);
        }
        writer.Write(_tagDictionary.Count);
        foreach (var (key, value) in _tagDictionary.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write((byte)value);
        }
        writer.Write(_vocabulary.Count);
        foreach (var key in _vocabulary.Order())
            writer.Write(key);
        writer.Write(_ambiguity.Count);
        foreach (var (key, value) in _ambiguity.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(value);
        }
        writer.Write(_clusters.Count);
        foreach (var (key, value) in _clusters.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write((ushort)value);
        }
        Weights.Write(writer);
        writer.Write(SecondPass is not null);
        SecondPass?.Write(writer);
        Lemmatizer.Write(writer);
        writer.Write(EndMark);
    }

    /// <summary>Loads the model in <paramref name="directory"/>.</summary>
    /// <exception cref="HeraldException">The model is missing, of another version, or damaged.</exception>
    public static TaggerModel Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
            throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, path, "no tagger model here; train one with 'herald train tagger'"));
        try
        {
            using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
            using var reader = new BinaryReader(stream);
            ModelHeader.ReadExpecting(reader, Header);
            var pairs = new (string, string)[ReadCount(reader, LinearModel.MaxClasses)];
            for (var i = 0; i < pairs.Length; i++)
                pairs[i] = (reader.ReadString(), reader.ReadString());
            var tags = new TagSet(pairs);
            var dictionaryCount = ReadCount(reader, 10_000_000);
            var dictionary = new Dictionary<ulong, int>(dictionaryCount);
            for (var i = 0; i < dictionaryCount; i++)
            {
                var key = reader.ReadUInt64();
                int value = reader.ReadByte();
                if (value >= tags.Count)
                    throw new InvalidDataException("tag dictionary class out of range");
                dictionary[key] = value;
            }
            var vocabularyCount = ReadCount(reader, 50_000_000);
            var vocabulary = new HashSet<ulong>(vocabularyCount);
            for (var i = 0; i < vocabularyCount; i++)
                vocabulary.Add(reader.ReadUInt64());
            var ambiguityCount = ReadCount(reader, 50_000_000);
            var ambiguity = new Dictionary<ulong, ulong>(ambiguityCount);
            for (var i = 0; i < ambiguityCount; i++)
                ambiguity[reader.ReadUInt64()] = reader.ReadUInt64();
            var clusterCount = ReadCount(reader, 50_000_000);
            var clusters = new Dictionary<ulong, int>(clusterCount);
            for (var i = 0; i < clusterCount; i++)
                clusters[reader.ReadUInt64()] = reader.ReadUInt16();
            var weights = LinearModel.Read(reader);
            var secondPass = reader.ReadBoolean() ? LinearModel.Read(reader) : null;
            if (weights.Classes != tags.Count || (secondPass is not null && secondPass.Classes != tags.Count))
                throw new InvalidDataException($"weights for {weights.Classes} classes, tag set of {tags.Count}");
            var lemmatizer = Lemmatizer.Read(reader);
            if (reader.ReadInt32() != EndMark)
                throw new InvalidDataException("the end mark is missing");
            return new TaggerModel(tags, weights, secondPass, dictionary, vocabulary, ambiguity, clusters, lemmatizer);
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new HeraldException(new HeraldError(ErrorCatalog.Unreadable, path, $"not a usable tagger model: {exception.Message}"), exception);
        }
    }

    /// <summary>Loads the tagger model from its usual place (see <see cref="ModelLocator"/>).</summary>
    public static TaggerModel LoadDefault() => Load(ModelLocator.Find("tagger", FileName));

    private const int EndMark = 0x444E4521;

    private static int ReadCount(BinaryReader reader, int max)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= max ? count : throw new InvalidDataException($"bad count {count}");
    }
}
