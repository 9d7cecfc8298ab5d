namespace Herald.Extraction.Boilerplate;

/// <summary>A paragraph of plain text: a half-open char range of the input, without its surrounding whitespace.</summary>
internal readonly record struct TextBlock(int Start, int End);

/// <summary>Cuts plain text into paragraphs: one per line, except that a hard-wrapped line joins the next.</summary>
internal static class TextBlocks
{
    /// <summary>The paragraphs of <paramref name="text"/>, in order; blank lines hold none.</summary>
    public static List<TextBlock> Split(string text)
    {
        var blocks = new List<TextBlock>();
        var start = -1;
        var end = 0;
        var at = 0;
        while (at < text.Length)
        {
            var lineEnd = text.IndexOf('\n', at);
            if (lineEnd < 0)
                lineEnd = text.Length;
            var (first, last) = Trim(text, at, lineEnd);
            if (first == last)
            {
                Close(blocks, ref start, end);
            }
            else if (start >= 0 && IsWrapped(text, end, first))
            {
                end = last;
            }
            else
            {
                Close(blocks, ref start, end);
                start = first;
                end = last;
            }
            at = lineEnd + 1;
        }
        Close(blocks, ref start, end);
        return blocks;
    }

    private static void Close(List<TextBlock> blocks, ref int start, int end)
    {
        if (start >= 0)
            blocks.Add(new TextBlock(start, end));
        start = -1;
    }

    // A line that stops without closing punctuation and is followed by a lower-case word was wrapped mid-sentence.
    private static bool IsWrapped(string text, int previousEnd, int nextStart) =>
        !".!?:;\"'”’)]…".Contains(text[previousEnd - 1], StringComparison.Ordinal) && char.IsLower(text[nextStart]);

    private static (int First, int Last) Trim(string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
            from++;
        while (to > from && char.IsWhiteSpace(text[to - 1]))
            to--;
        return (from, to);
    }
}
