namespace Herald.Extraction.Content;

/// <summary>
/// Checks a JSON-LD <c>articleBody</c> against the page: a block is confirmed when nearly all its words occur in
/// the article body. When too little of the article body is found on the page, the two disagree and nothing is
/// confirmed: the page is trusted over its structured data.
/// </summary>
internal static class ArticleBodyCheck
{
    private const int MinWords = 5;
    private const double WordShare = 0.8;
    internal const double MinAgreement = 0.3;

    /// <summary>The share of the article body found on the page from which the page is taken to show all of it.</summary>
    internal const double CompleteAgreement = 0.8;

    /// <summary>Marks the confirmed blocks and returns the share of the article body's letters found on the page.</summary>
    public static double Confirm(IReadOnlyList<TextBlock> blocks, string articleBody)
    {
        var words = new HashSet<string>(WordTokens.Of(articleBody.ToLowerInvariant()), StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var bodyLetters = articleBody.Count(c => !char.IsWhiteSpace(c));
        if (words.Count == 0 || bodyLetters == 0)
            return 0;
        var confirmed = 0;
        foreach (var block in blocks)
        {
            var (tokens, known) = WordTokens.CountKnown(block.Text.ToLowerInvariant(), lookup);
            if (tokens < MinWords || known < WordShare * tokens)
                continue;
            block.Confirmed = true;
            confirmed += block.Letters;
        }
        var agreement = Math.Min(1.0, (double)confirmed / bodyLetters);
        if (agreement < MinAgreement)
        {
            foreach (var block in blocks)
                block.Confirmed = false;
        }
        return agreement;
    }
}
