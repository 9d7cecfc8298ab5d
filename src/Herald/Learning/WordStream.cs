using System.Runtime.InteropServices;

namespace Herald.Learning;

/// <summary>
/// Word hashes of raw text, document after document, a 0 after each, for the models learnt from unlabelled
/// text (<see cref="WordClusterer"/>, <see cref="Dense.SkipGramTrainer"/>).
/// </summary>
internal sealed class WordStream
{
    private readonly List<ulong> _hashes = [];

    /// <summary>The hashes, with a 0 closing each document.</summary>
    public ReadOnlySpan<ulong> Hashes => CollectionsMarshal.AsSpan(_hashes);

    /// <summary>Adds one document's word hashes (none may be 0).</summary>
    public void Add(ReadOnlySpan<ulong> words)
    {
        foreach (var word in words)
            _hashes.Add(word);
        _hashes.Add(0);
    }

    /// <summary>The words seen at least <paramref name="minCount"/> times with their counts, the most frequent first, ties by hash.</summary>
    public KeyValuePair<ulong, int>[] Ranked(int minCount)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var word in _hashes)
        {
            if (word != 0)
                counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        return [.. counts.Where(p => p.Value >= minCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key)];
    }
}
