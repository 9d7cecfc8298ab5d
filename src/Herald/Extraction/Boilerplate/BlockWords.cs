namespace Herald.Extraction.Boilerplate;

/// <summary>Where a word of a paragraph stands, whether it stands inside quotation marks, and whether it opens a sentence.</summary>
internal readonly record struct BlockWord(int Start, int Length, bool Quoted, bool OpensSentence);

/// <summary>
/// The words of one paragraph for the scorer: letters and digits, with inner apostrophes and hyphens, read in
/// lower case with a typographic apostrophe made plain. The paragraph is lowered once; each word is a slice of it.
/// </summary>
internal sealed class BlockWords
{
    private readonly char[] _lower;
    private readonly List<BlockWord> _words;

    private BlockWords(char[] lower, List<BlockWord> words)
    {
        _lower = lower;
        _words = words;
    }

    /// <summary>How many words the paragraph has.</summary>
    public int Count => _words.Count;

    /// <summary>The word at <paramref name="index"/>.</summary>
    public BlockWord this[int index] => _words[index];

    /// <summary>The lower-case text of the word at <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Text(int index) => _lower.AsSpan(_words[index].Start, _words[index].Length);

    /// <summary>The words of <paramref name="text"/>.</summary>
    public static BlockWords Read(ReadOnlySpan<char> text)
    {
        var lower = new char[text.Length];
        text.ToLowerInvariant(lower);
        lower.AsSpan().Replace('’', '\'');
        var words = new List<BlockWord>(text.Length / 6 + 1);
        var quoted = false;
        var opens = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)))
                    i++;
                words.Add(new BlockWord(start, i - start, quoted, opens));
                opens = false;
                continue;
            }
            if (c is '"')
                quoted = !quoted;
            else if (c is '“' or '«' or '„')
                quoted = true;
            else if (c is '”' or '»')
                quoted = false;
            else if (c is '.' or '!' or '?' or ':')
                opens = true;
            i++;
        }
        return new BlockWords(lower, words);
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-';
}
