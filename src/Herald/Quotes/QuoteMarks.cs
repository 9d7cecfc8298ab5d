namespace Herald.Quotes;

/// <summary>
/// Finds the stretches of a text inside double quotation marks, straight or typographic (and guillemets), marks
/// included. Every line break ends a paragraph. A quote may run over several paragraphs when each paragraph opens it again and only the last closes
/// it, as newspapers print long quotes; a mark left open at the end of a paragraph that the next one does not
/// reopen is dropped, not stretched over the article.
/// </summary>
public static class QuoteMarks
{
    /// <summary>The char ranges (start, end exclusive) of the quotes in <paramref name="text"/>, in order.</summary>
    public static List<(int Start, int End)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quotes = new List<(int, int)>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && open >= 0)
            {
                var next = NextParagraphStart(text, i);
                if (next < text.Length && IsOpening(text, next))
                {
                    i = next; // the quote goes on in the next paragraph
                    continue;
                }
                open = -1;
                continue;
            }
            if (!IsMark(c))
                continue;
            if (open < 0)
            {
                if (IsOpening(text, i))
                    open = i;
            }
            else if (IsClosing(text, i) || IsMistypedClosing(text, i))
            {
                quotes.Add((open, i + 1));
                open = -1;
            }
        }
        return quotes;
    }

    private static bool IsMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';

    // A typographic opening mark always opens; a straight one opens where a word starts after it.
    private static bool IsOpening(string text, int i) => text[i] switch
    {
        '\u201C' or '\u201E' or '\u00AB' => true,
        '"' => i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])),
        _ => false,
    };

    // An opening mark typed where a closing one belongs: after a word or punctuation, before a space or the end.
    private static bool IsMistypedClosing(string text, int i) =>
        text[i] is '\u201C' or '\u201E' && i > 0 && !char.IsWhiteSpace(text[i - 1]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));

    private static bool IsClosing(string text, int i) => text[i] switch
    {
        '\u201D' or '\u00BB' => true,
        '"' => i > 0 && !char.IsWhiteSpace(text[i - 1]),
        _ => false,
    };

    private static int NextParagraphStart(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
            i++;
        return i;
    }
}
