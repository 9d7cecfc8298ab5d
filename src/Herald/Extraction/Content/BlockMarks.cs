namespace Herald.Extraction.Content;

/// <summary>Marks blocks that sit in page furniture and blocks whose text recurs on the page.</summary>
internal static class BlockMarks
{
    // A furniture-named element holding more than this share of the page's paragraph text is the page itself
    // (a body wrapper with a "has-sidebar" class, a blog engine's post "widget"), not furniture.
    private const double MaxFurnitureShare = 0.5;

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
}
