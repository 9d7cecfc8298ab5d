using Herald.Syntax.Tagging;

namespace Herald.Syntax.Parsing;

/// <summary>
/// The distributional word clusters of a tagger model, looked up read-only for the parser's features. The parser
/// is trained with the clusters of one tagger; <see cref="Fingerprint"/> lets a loaded model check it gets the same.
/// </summary>
internal sealed class WordClusters
{
    /// <summary>The cluster of words the tagger has none for (and of every word with no tagger).</summary>
    public const ulong Unknown = TaggerModel.UnknownAmbiguity;

    /// <summary>No clusters: every word is <see cref="Unknown"/>.</summary>
    public static WordClusters None { get; } = new(null);

    private readonly TaggerModel? _tagger;

    public WordClusters(TaggerModel? tagger) => _tagger = tagger is { UsesClusters: true } ? tagger : null;

    /// <summary>Identifies the cluster map: 0 with none.</summary>
    public long Fingerprint => _tagger is null ? 0 : (long)_tagger.WordCount << 32 | (uint)_tagger.VocabularyCount;

    /// <summary>The cluster of <paramref name="form"/> (looked up lowercased), or <see cref="Unknown"/>.</summary>
    public ulong Of(ReadOnlySpan<char> form)
    {
        return _tagger is null ? Unknown : _tagger.ClusterOf(WordHashes.LowerOf(form));
    }
}
