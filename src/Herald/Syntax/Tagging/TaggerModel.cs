using System.Numerics;
using System.Runtime.InteropServices;
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
    public static ModelHeader Header { get; } = new("HRLDTAG1", 2, TaggerFeatures.Version);

    private readonly Dictionary<ulong, int> _tagDictionary;
    private readonly HashSet<ulong> _vocabulary;
    private readonly Dictionary<ulong, WordInfo> _words;
    private readonly UInt128 _openClasses;
    private readonly int _gate;

    internal TaggerModel(TagSet tags, LinearModel weights, LinearModel? secondPass, float secondPassMargin, Dictionary<ulong, int> tagDictionary, HashSet<ulong> vocabulary, Dictionary<ulong, WordInfo> words, UInt128 openClasses, Lemmatizer lemmatizer)
    {
        Tags = tags;
        Weights = weights;
        SecondPass = secondPass;
        SecondPassMargin = secondPassMargin;
        _gate = (int)Math.Min(int.MaxValue, (double)secondPassMargin / weights.Scale);
        _tagDictionary = tagDictionary;
        _vocabulary = vocabulary;
        _words = words;
        _openClasses = openClasses;
        UsesClusters = words.Values.Any(w => w.Cluster != 0);
        Lemmatizer = lemmatizer;
    }

    /// <summary>The classes.</summary>
    public TagSet Tags { get; }

    /// <summary>The perceptron weights.</summary>
    public LinearModel Weights { get; }

    /// <summary>The weights of the second pass, which also sees the first pass's tags of the next words, if any.</summary>
    public LinearModel? SecondPass { get; }

    /// <summary>The second pass retags only words whose first-pass lead over the runner-up is below this (in weight units).</summary>
    public float SecondPassMargin { get; }

    /// <summary>The lemmatizer.</summary>
    public Lemmatizer Lemmatizer { get; }

    /// <summary>Number of words tagged by the dictionary without the perceptron.</summary>
    public int TagDictionaryCount => _tagDictionary.Count;

    /// <summary>Number of distinct (lowercased) words seen in training.</summary>
    public int VocabularyCount => _vocabulary.Count;

    /// <summary>Number of words with an ambiguity class, a class restriction or a cluster.</summary>
    public int WordCount => _words.Count;

    /// <summary>Whether the model has word clusters (and the features that use them).</summary>
    public bool UsesClusters { get; }

    /// <summary>Whether the lowercased <paramref name="word"/> was seen in training.</summary>
    public bool IsKnown(ReadOnlySpan<char> word) => _vocabulary.Contains(WordHashes.Of(word).Lower);

    /// <summary>
    /// Tags one sentence greedily, left to right (the second pass, if any, retags the words the first was unsure
    /// of): <paramref name="classes"/> receives a class of <see cref="Tags"/> for each word; <paramref name="firstPass"/>
    /// and <paramref name="margins"/> (as long) are scratch. Pure; allocates nothing.
    /// </summary>
    internal void Predict(Span<WordHashes> words, Span<int> classes, Span<int> firstPass, Span<int> margins)
    {
        AddWordClasses(words);
        if (SecondPass is null)
        {
            Decode(Weights, words, [], UsesClusters, classes, [], int.MaxValue);
            return;
        }
        Decode(Weights, words, [], UsesClusters, firstPass, margins, int.MaxValue);
        Decode(SecondPass, words, firstPass, UsesClusters, classes, margins, _gate);
    }

    /// <summary>
    /// <see cref="Predict(Span{WordHashes}, Span{int}, Span{int}, Span{int})"/> for words whose classes are already
    /// filled in (see <see cref="AddWordClasses"/>), with the word-only weights of those with an entry in
    /// <paramref name="cache"/> (<paramref name="entries"/>, -1 for none) taken from it. Same result.
    /// </summary>
    internal void Predict(ReadOnlySpan<WordHashes> words, ReadOnlySpan<int> entries, TaggerCache cache, Span<int> classes, Span<int> firstPass, Span<int> margins)
    {
        if (SecondPass is null)
        {
            Decode(Weights, words, [], UsesClusters, classes, [], int.MaxValue, cache, entries);
            return;
        }
        Decode(Weights, words, [], UsesClusters, firstPass, margins, int.MaxValue, cache, entries);
        Decode(SecondPass, words, firstPass, UsesClusters, classes, margins, _gate, cache, entries);
    }

    private static void Decode(LinearModel weights, ReadOnlySpan<WordHashes> words, ReadOnlySpan<int> next, bool useClusters, Span<int> classes, Span<int> margins, int gate, TaggerCache cache, ReadOnlySpan<int> entries)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        var stride = weights.Stride;
        Span<int> scores = stackalloc int[stride];
        Span<int> initial = stackalloc int[stride];
        var second = !next.IsEmpty;
        int prev1 = -1, prev2 = -1;
        for (var i = 0; i < words.Length; i++)
        {
            var guess = words[i].Fixed;
            var margin = int.MaxValue;
            if (guess < 0)
            {
                if (second && margins[i] >= gate)
                    guess = next[i];
                else
                {
                    var e = entries[i];
                    if (e >= 0)
                    {
                        var summed = 0;
                        cache.Partials(e, second, weights, useClusters)[..stride].CopyTo(initial);
                        if (i >= 1 && entries[i - 1] >= 0)
                        {
                            Add(initial, cache.Partials(entries[i - 1], second, weights, useClusters).Slice(stride, stride));
                            summed |= TaggerFeatures.PreviousSummed;
                        }
                        if (i + 1 < words.Length && entries[i + 1] >= 0)
                        {
                            Add(initial, cache.Partials(entries[i + 1], second, weights, useClusters).Slice(2 * stride, stride));
                            summed |= TaggerFeatures.NextSummed;
                        }
                        if (i + 2 < words.Length && entries[i + 2] >= 0)
                        {
                            Add(initial, cache.Partials(entries[i + 2], second, weights, useClusters).Slice(3 * stride, stride));
                            summed |= TaggerFeatures.SecondNextSummed;
                        }
                        var n = TaggerFeatures.ExtractContext(words, i, prev1, prev2, next, features, useClusters, summed);
                        weights.Score(features[..n], initial, scores);
                    }
                    else
                    {
                        var n = TaggerFeatures.Extract(words, i, prev1, prev2, next, features, useClusters);
                        weights.Score(features[..n], scores);
                    }
                    guess = LinearModel.ArgMax(scores[..weights.Classes], words[i].Allowed, out margin);
                }
            }
            classes[i] = guess;
            if (!second && !margins.IsEmpty)
                margins[i] = margin;
            prev2 = prev1;
            prev1 = guess;
        }
    }

    // sums += more, a whole number of vectors long.
    private static void Add(Span<int> sums, ReadOnlySpan<int> more)
    {
        var to = MemoryMarshal.Cast<int, Vector<int>>(sums);
        var from = MemoryMarshal.Cast<int, Vector<int>>(more);
        for (var v = 0; v < to.Length; v++)
            to[v] += from[v];
    }

    /// <summary>
    /// One greedy left-to-right pass. A first pass has no <paramref name="next"/> and records its
    /// <paramref name="margins"/>; a second pass sees the first's classes in <paramref name="next"/> and keeps
    /// them where the margin is at least <paramref name="gate"/>.
    /// </summary>
    internal static void Decode(LinearModel weights, ReadOnlySpan<WordHashes> words, ReadOnlySpan<int> next, bool useClusters, Span<int> classes, Span<int> margins, int gate)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<int> scores = stackalloc int[weights.Stride];
        var second = !next.IsEmpty;
        int prev1 = -1, prev2 = -1;
        for (var i = 0; i < words.Length; i++)
        {
            var guess = words[i].Fixed;
            var margin = int.MaxValue;
            if (guess < 0)
            {
                if (second && margins[i] >= gate)
                    guess = next[i];
                else
                {
                    var n = TaggerFeatures.Extract(words, i, prev1, prev2, next, features, useClusters);
                    weights.Score(features[..n], scores);
                    guess = LinearModel.ArgMax(scores[..weights.Classes], words[i].Allowed, out margin);
                }
            }
            classes[i] = guess;
            if (!second && !margins.IsEmpty)
                margins[i] = margin;
            prev2 = prev1;
            prev1 = guess;
        }
    }

    private readonly Stack<TaggerCache> _caches = new();

    /// <summary>A word cache for this model that no one else is using (one per document being tagged); give it back with <see cref="ReturnCache"/>.</summary>
    internal TaggerCache RentCache()
    {
        lock (_caches)
        {
            if (_caches.TryPop(out var cache))
                return cache;
        }
        return new TaggerCache(this);
    }

    /// <summary>Gives back a cache from <see cref="RentCache"/> for the next document.</summary>
    internal void ReturnCache(TaggerCache cache)
    {
        lock (_caches)
            _caches.Push(cache);
    }

    /// <summary>The cluster of the word whose <see cref="WordHashes.Lower"/> is <paramref name="lower"/>, as <see cref="AddWordClasses"/> gives it.</summary>
    internal ulong ClusterOf(ulong lower) => ClusterOf(_words.GetValueOrDefault(lower));

    private static ulong ClusterOf(WordInfo info) => info.Cluster != 0 ? info.Cluster : UnknownAmbiguity;

    /// <summary>Fills in each word's dictionary class, ambiguity class, cluster and allowed classes.</summary>
    internal void AddWordClasses(Span<WordHashes> words)
    {
        foreach (ref var word in words)
        {
            word.Fixed = _tagDictionary.TryGetValue(word.Form, out var fixedClass) ? fixedClass : -1;
            _words.TryGetValue(word.Lower, out var info);
            word.Ambiguity = info.Ambiguity != 0 ? info.Ambiguity : UnknownAmbiguity;
            word.Cluster = ClusterOf(info);
            word.Allowed = info.Allowed != UInt128.Zero ? info.Allowed : _openClasses;
        }
    }

    /// <summary>The ambiguity class of words too rare to have one.</summary>
    internal const ulong UnknownAmbiguity = 0x554E4B;

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
        writer.Write((ulong)_openClasses);
        writer.Write((ulong)(_openClasses >> 64));
        writer.Write(_words.Count);
        foreach (var (key, info) in _words.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(info.Ambiguity);
            writer.Write((ushort)info.Cluster);
            writer.Write((ulong)info.Allowed);
            writer.Write((ulong)(info.Allowed >> 64));
        }
        writer.Write(SecondPassMargin);
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
            var openClasses = ReadMask(reader);
            var wordCount = ReadCount(reader, 50_000_000);
            var words = new Dictionary<ulong, WordInfo>(wordCount);
            for (var i = 0; i < wordCount; i++)
                words[reader.ReadUInt64()] = new WordInfo(reader.ReadUInt64(), reader.ReadUInt16(), ReadMask(reader));
            var secondPassMargin = reader.ReadSingle();
            var weights = LinearModel.Read(reader);
            var secondPass = reader.ReadBoolean() ? LinearModel.Read(reader) : null;
            if (weights.Classes != tags.Count || (secondPass is not null && secondPass.Classes != tags.Count))
                throw new InvalidDataException($"weights for {weights.Classes} classes, tag set of {tags.Count}");
            var lemmatizer = Lemmatizer.Read(reader);
            if (reader.ReadInt32() != EndMark)
                throw new InvalidDataException("the end mark is missing");
            return new TaggerModel(tags, weights, secondPass, secondPassMargin, dictionary, vocabulary, words, openClasses, lemmatizer);
        }
        catch (Exception exception) when (ModelLoadErrors.IsLoadFailure(exception))
        {
            throw ModelLoadErrors.From(path, exception);
        }
    }

    /// <summary>Loads the tagger model from its usual place (see <see cref="ModelLocator"/>).</summary>
    public static TaggerModel LoadDefault() => Load(ModelLocator.Find("tagger", FileName));

    private const int EndMark = 0x444E4521;

    private static UInt128 ReadMask(BinaryReader reader)
    {
        var low = reader.ReadUInt64();
        return new UInt128(reader.ReadUInt64(), low);
    }

    private static int ReadCount(BinaryReader reader, int max)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= max ? count : throw new InvalidDataException($"bad count {count}");
    }
}
