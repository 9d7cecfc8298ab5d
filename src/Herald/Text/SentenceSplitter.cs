namespace Herald.Text;

/// <summary>Groups tokens into sentences.</summary>
public sealed class SentenceSplitter
{
    /// <summary>The shared instance; the splitter is stateless and thread-safe.</summary>
    public static SentenceSplitter Default { get; } = new();

    /// <summary>
    /// Appends to <paramref name="sentenceStarts"/> the index of the first token of each sentence, in
    /// order, starting with 0 when there is any token.
    /// </summary>
    public void Split(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, List<int> sentenceStarts)
    {
        ArgumentNullException.ThrowIfNull(sentenceStarts);
        for (var t = 0; t < tokens.Length; t++)
        {
            if (t == 0 || text[tokens[t - 1].Start..tokens[t - 1].End] is "." or "?" or "!")
                sentenceStarts.Add(t);
        }
    }
}
