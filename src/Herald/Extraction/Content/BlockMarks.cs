namespace Herald.Extraction.Content;

/// <summary>Marks blocks that sit in page furniture and blocks whose text recurs on the page.</summary>
internal static class BlockMarks
{
    // A furniture-named element holding more than this share of the page's paragraph text is the page itself
    // (a body wrapper with a "has-sidebar" class, a blog engine's post "widget"), not furniture.
    private const double MaxFurnitureShare = 0.5;

    // A teaser card: a linked headline and at most this many short blocks (summary, author, date) after it.
    private const int MaxCardBlocks = 4;
    private const int MaxSummaryLetters = 300;
    private const double MinHeadlineLinkDensity = 0.5;
    private const int MinCards = 2;

    /// <summary>Marks the blocks inside furniture; <paramref name="isParagraph"/> tells paragraph-like blocks.</summary>
    public static void Furniture(List<TextBlock> blocks, List<PageSpan> spans, Func<TextBlock, bool> isParagraph)
    {
        var prefix = new int[blocks.Count + 1];
        for (var i = 0; i < blocks.Count; i++)
            prefix[i + 1] = prefix[i] + (isParagraph(blocks[i]) ? blocks[i].Letters : 0);
        var totalLetters = prefix[^1];
        var bodyStarts = spans.Where(s => s.Hint == ElementHint.ArticleBody).Select(s => s.First).ToList();
        var marks = new int[blocks.Count + 1];
        foreach (var span in spans)
        {
            if (span.Hint != ElementHint.Furniture)
                continue;
            if (prefix[span.End] - prefix[span.First] > MaxFurnitureShare * totalLetters)
                continue;
            if (bodyStarts.Any(start => start >= span.First && start < span.End))
                continue;
            marks[span.First]++;
            marks[span.End]--;
        }
        var open = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            open += marks[i];
            blocks[i].InFurniture = open > 0;
        }
    }

    /// <summary>Marks blocks whose text occurs more than once on the page.</summary>
    public static void Repeats(List<TextBlock> blocks)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var block in blocks)
            counts[block.Text] = counts.GetValueOrDefault(block.Text) + 1;
        foreach (var block in blocks)
            block.Repeated = counts[block.Text] > 1;
    }

    /// <summary>
    /// Marks teaser cards: small elements that open with a linked headline and hold a short unlinked summary
    /// ("More from ..." grids), when the page has at least two of them. A listicle's entries look the same, so cards
    /// are only dropped where they close the article (<see cref="ContentSelector"/>).
    /// </summary>
    public static void Teasers(List<TextBlock> blocks, List<PageSpan> spans)
    {
        var cards = spans.Where(span => IsCard(blocks, span)).ToList();
        if (cards.Count < MinCards)
            return;
        foreach (var card in cards)
        {
            for (var i = card.First; i < card.End; i++)
                blocks[i].Teaser = true;
        }
    }

    private static bool IsCard(List<TextBlock> blocks, PageSpan span)
    {
        var count = span.End - span.First;
        if (count < 2 || count > MaxCardBlocks)
            return false;
        var headline = blocks[span.First];
        if (headline.Kind != BlockKind.Heading || headline.LinkDensity <= MinHeadlineLinkDensity)
            return false;
        var unlinked = false;
        for (var i = span.First + 1; i < span.End; i++)
        {
            if (blocks[i].Letters > MaxSummaryLetters)
                return false;
            unlinked |= blocks[i].LinkLetters == 0;
        }
        return unlinked;
    }
}
