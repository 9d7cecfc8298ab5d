namespace Herald.Extraction.Content;

/// <summary>
/// Chooses the element that holds the article and the blocks in it that are article text. Every block is given
/// a value: paragraph-like text (long, few links) counts for the element that holds it, furniture, link lists and
/// short fragments count against it. The element with the highest sum wins: it holds the most article text for
/// the least of everything else, however the page nests its wrappers.
/// </summary>
internal static class ContentSelector
{
    private const int ParagraphLetters = 50;
    private const double MaxParagraphLinkDensity = 0.33;
    private const double MaxKeptLinkDensity = 0.5;
    private const double ShortBlockCost = 0.3;
    private const double FurnitureCost = 0.25;
    private const double LinkCost = 0.3;
    private const double ShortTextValue = 0.1;
    private const double ContentHintBonus = 0.1;
    private const int TrailingPromptLetters = 110;
    private const double MinPromptLinkDensity = 0.1;

    /// <summary>
    /// Returns the article's blocks, in order, and the start and end of the element that holds them. With <paramref name="bodyIsComplete"/> (the page shows all of
    /// its JSON-LD article body) prose the article body does not hold counts against an element.
    /// </summary>
    public static (List<TextBlock> Kept, int First, int End) Select(List<TextBlock> blocks, List<PageSpan> spans, bool bodyIsComplete)
    {
        if (blocks.Count == 0)
            return ([], 0, 0);
        var values = new double[blocks.Count + 1];
        var good = new double[blocks.Count + 1];
        for (var i = 0; i < blocks.Count; i++)
        {
            var v = Value(blocks[i], bodyIsComplete);
            values[i + 1] = values[i] + v;
            good[i + 1] = good[i] + Math.Max(0, v);
        }
        var best = (First: 0, End: blocks.Count);
        var bestScore = double.MinValue;
        foreach (var span in spans)
        {
            var score = values[span.End] - values[span.First];
            if (span.Hint is ElementHint.Content or ElementHint.ArticleBody)
                score += ContentHintBonus * (good[span.End] - good[span.First]);
            if (score > bestScore)
            {
                bestScore = score;
                best = (span.First, span.End);
            }
        }
        var kept = new List<TextBlock>();
        for (var i = best.First; i < best.End; i++)
        {
            if (Keep(blocks[i]))
                kept.Add(blocks[i]);
        }
        TrimEnd(kept);
        return (kept, best.First, best.End);
    }

    // Takes off what closes the article without being part of it: prompts, and a grid of teaser cards with its heading.
    private static void TrimEnd(List<TextBlock> kept)
    {
        var teasers = false;
        while (kept.Count > 0 && (IsTrailingPrompt(kept[^1]) || kept[^1].Teaser))
        {
            teasers |= kept[^1].Teaser;
            kept.RemoveAt(kept.Count - 1);
        }
        if (teasers && kept.Count > 0 && kept[^1].Kind == BlockKind.Heading)
            kept.RemoveAt(kept.Count - 1);
    }

    /// <summary>Whether the block reads like article prose: long enough, few of its letters in links.</summary>
    public static bool IsParagraph(TextBlock block) =>
        block.Letters >= ParagraphLetters && block.LinkDensity <= MaxParagraphLinkDensity;

    private static double Value(TextBlock block, bool bodyIsComplete)
    {
        if (block.LinkDensity > MaxKeptLinkDensity)
            return -LinkCost * block.Letters;
        if (block.Confirmed)
            return 2.0 * block.Letters;
        if (block.InFurniture)
            return -FurnitureCost * block.Letters;
        if (IsParagraph(block))
            return bodyIsComplete ? 0 : block.Letters * (1 - block.LinkDensity);
        return block.LinkLetters == 0 ? ShortTextValue * block.Letters : -ShortBlockCost * block.Letters;
    }

    // A short line closing the article, much of it linked: "Follow us on ...", "Subscribe for the full story", "Read more".
    // A closing sentence that merely mentions a linked name is prose.
    private static bool IsTrailingPrompt(TextBlock block) =>
        !block.Confirmed && block.LinkDensity >= MinPromptLinkDensity && block.Letters < TrailingPromptLetters;

    private static bool Keep(TextBlock block) =>
        block.LinkDensity <= MaxKeptLinkDensity && block.Kind != BlockKind.Caption && block.Text.Any(char.IsLetterOrDigit)
        && (block.Confirmed || (!block.InFurniture && !IsRepeatedLabel(block)));

    // A short text met elsewhere on the page ("Advertisement", "Read more"). Unlinked list items are exempt: the
    // lists of an article (nominees, line-ups, ingredients) repeat names from one list to the next.
    private static bool IsRepeatedLabel(TextBlock block) =>
        block.Repeated && block.Letters < ParagraphLetters && !(block.Kind == BlockKind.ListItem && block.LinkLetters == 0);
}
