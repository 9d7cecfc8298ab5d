namespace Herald.Extraction.Content;

/// <summary>
/// Finds the standfirst: the summary a page prints between its headline and the article body, outside the element
/// that holds the body. It is recognised by its words, which are those of the page's declared description
/// (<c>description</c>, <c>og:description</c>, <c>twitter:description</c>): the nearest such block before the body.
/// </summary>
internal static class Standfirst
{
    private const int MinWords = 5;
    private const double MinOverlap = 0.9;
    private const double MaxLinkDensity = 0.5;

    private sealed record Summary(Dictionary<string, int> Words, int WordCount, int Letters);

    /// <summary>
    /// The block before <paramref name="bodyStart"/> that repeats one of <paramref name="descriptions"/>, or null when
    /// there is none or when <paramref name="kept"/> (the body's blocks) already holds the description.
    /// </summary>
    public static TextBlock? Find(List<TextBlock> blocks, int bodyStart, List<TextBlock> kept, IEnumerable<string> descriptions)
    {
        var summaries = descriptions.Select(Summarise).Where(summary => summary.WordCount >= MinWords).ToList();
        if (summaries.Count == 0 || kept.Any(block => Matches(block, summaries)))
            return null;
        for (var i = Math.Min(bodyStart, blocks.Count) - 1; i >= 0; i--)
        {
            if (blocks[i].LinkDensity <= MaxLinkDensity && Matches(blocks[i], summaries))
                return blocks[i];
        }
        return null;
    }

    private static Summary Summarise(string text)
    {
        var words = WordTokens.LowerCaseCounts(text);
        return new Summary(words, words.Values.Sum(), text.Count(c => !char.IsWhiteSpace(c)));
    }

    private static bool Matches(TextBlock block, List<Summary> summaries)
    {
        // Letter counts rule out nearly every block before its words are counted.
        var near = summaries.Where(s => block.Letters >= MinOverlap * s.Letters && MinOverlap * block.Letters <= s.Letters).ToList();
        if (near.Count == 0)
            return false;
        var words = WordTokens.LowerCaseCounts(block.Text);
        var count = words.Values.Sum();
        return count >= MinWords && near.Any(summary =>
        {
            var shared = words.Sum(w => Math.Min(w.Value, summary.Words.GetValueOrDefault(w.Key)));
            return shared >= MinOverlap * count && shared >= MinOverlap * summary.WordCount;
        });
    }
}
