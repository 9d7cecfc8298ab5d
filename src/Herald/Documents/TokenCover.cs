namespace Herald.Documents;

/// <summary>For each token, the index of the span that covers it: a lookup from token to mention or actor.</summary>
internal static class TokenCover
{
    /// <summary>
    /// An array of <paramref name="tokenCount"/> entries holding, per token, the index in <paramref name="spans"/> of
    /// the last span that covers it, or -1. Spans are half-open token ranges; parts outside the document are ignored.
    /// </summary>
    public static int[] Of<T>(int tokenCount, IReadOnlyList<T> spans, Func<T, (int Start, int End)> range)
    {
        var cover = new int[tokenCount];
        Array.Fill(cover, -1);
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, end) = range(spans[i]);
            for (var t = Math.Max(0, start); t < Math.Min(end, tokenCount); t++)
                cover[t] = i;
        }
        return cover;
    }
}
