namespace Herald.Extraction.Boilerplate;

/// <summary>A lower-case word of a paragraph, whether it stands inside quotation marks, and whether it opens a sentence.</summary>
internal readonly record struct BlockWord(string Text, bool Quoted, bool OpensSentence);

/// <summary>Reads the words of one paragraph for the scorer.</summary>
internal static class BlockWords
{
    // The word in lower case with a typographic apostrophe made plain, in one allocation.
    private static string Lower(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        buffer.Replace('’', '\'');
        return new string(buffer);
    }

    /// <summary>The words of <paramref name="text"/>: letters and digits, with inner apostrophes and hyphens.</summary>
    public static List<BlockWord> Read(ReadOnlySpan<char> text)
    {
        var words = new List<BlockWord>(text.Length / 5 + 1);
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
                words.Add(new BlockWord(Lower(text[start..i]), quoted, opens));
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
        return words;
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-';
}
