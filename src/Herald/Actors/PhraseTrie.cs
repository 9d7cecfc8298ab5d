using Herald.Documents;
using Herald.Text;

namespace Herald.Actors;

/// <summary>
/// Phrases of tokens mapped to values, matched on a document's tokens longest first. A phrase added with
/// <c>ignoreCase</c> (PETRARCH's capitals) matches in any case; otherwise a word written in lowercase matches in
/// any case ("president", "President") and a word with a capital matches only as written ("US" is not "us", "WHO"
/// not "who"). One final period does not count ("U.S" is "U.S."). Phrases are split into words by
/// <see cref="NewsTokenizer"/>, as the text is ("Barad-dur" is "Barad - dur"). A lookup hashes each word once
/// or twice (folded, then exact), then (node, word) to the next node; no regular expressions. Where a word has both
/// an any-case and an as-written path (a PETRARCH dictionary merged into Herald's), the any-case path is taken.
/// </summary>
/// <typeparam name="T">The value a phrase maps to.</typeparam>
internal sealed class PhraseTrie<T>
    where T : class
{
    private readonly Dictionary<string, int> _exactWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _foldedWords = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<T?> _values = [null];
    private readonly List<(string Phrase, int Node, bool IgnoreCase)> _phrases = [];

    /// <summary>The number of phrases.</summary>
    public int Count => _phrases.Count;

    /// <summary>Every phrase as first added, with its value and case rule, in the order added.</summary>
    public IEnumerable<(string Phrase, T Value, bool IgnoreCase)> Entries => _phrases.Select(p => (p.Phrase, _values[p.Node]!, p.IgnoreCase));

    /// <summary>Adds a phrase; an existing phrase keeps its value unless <paramref name="replace"/>. Empty phrases are ignored.</summary>
    public void Add(string phrase, T value, bool replace, bool ignoreCase)
    {
        var words = Words(phrase);
        if (words.Count == 0)
            return;
        var node = 0;
        foreach (var word in words)
        {
            var ids = ignoreCase || !word.Any(char.IsUpper) ? _foldedWords : _exactWords;
            if (!ids.TryGetValue(word, out var id))
                ids[word] = id = _exactWords.Count + _foldedWords.Count;
            var key = Key(node, id);
            if (!_edges.TryGetValue(key, out var next))
            {
                next = _values.Count;
                _values.Add(null);
                _edges[key] = next;
            }
            node = next;
        }
        if (_values[node] is null)
            _phrases.Add((phrase, node, ignoreCase));
        else if (!replace)
            return;
        _values[node] = value;
    }

    /// <summary>The value of exactly <paramref name="phrase"/>, or null.</summary>
    public T? Get(string phrase)
    {
        var node = 0;
        foreach (var word in Words(phrase))
        {
            node = Next(node, word);
            if (node < 0)
                return null;
        }
        return _values[node];
    }

    /// <summary>
    /// The longest phrase that starts at token <paramref name="start"/> and ends by token <paramref name="limit"/>
    /// (exclusive): its length in tokens and value; 0 and null with none.
    /// </summary>
    public int Match(Document document, int start, int limit, out T? value)
    {
        value = null;
        var length = 0;
        var node = 0;
        for (var t = start; t < limit; t++)
        {
            node = Next(node, document.Token(t).Chars);
            if (node < 0)
                break;
            if (_values[node] is { } found)
            {
                value = found;
                length = t - start + 1;
            }
        }
        return length;
    }

    private int Next(int node, ReadOnlySpan<char> word)
    {
        var normal = Normal(word);
        if (normal.Contains('\u2019'))
            return Next(node, normal.ToString().Replace('\u2019', '\''));
        if (_foldedWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(normal, out var folded) && _edges.TryGetValue(Key(node, folded), out var next))
            return next;
        return _exactWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(normal, out var exact) && _edges.TryGetValue(Key(node, exact), out next) ? next : -1;
    }

    private static ReadOnlySpan<char> Normal(ReadOnlySpan<char> word) => word.Length > 1 && word[^1] == '.' ? word[..^1] : word;

    private static long Key(int node, int word) => ((long)node << 32) | (uint)word;

    /// <summary>The words of a phrase: underscores are spaces, then the tokenizer splits it.</summary>
    public static List<string> Words(string phrase)
    {
        var text = phrase.Replace('_', ' ').Replace('\u2019', '\'');
        var spans = new List<TokenSpan>();
        NewsTokenizer.Default.Tokenize(text, spans);
        return [.. spans.Select(s => Normal(text.AsSpan(s.Start, s.Length)).ToString())];
    }
}
