namespace Herald.Quotes;

/// <summary>
/// Finds the stretches of a text inside double quotation marks, straight or typographic (and guillemets), marks
/// included; two apostrophes stand for a straight double mark and two backquotes for an opening one, as in
/// typewritten and wire copy (''like this'', ``or this''). Every line break ends a paragraph. A quote may run over
/// several paragraphs when each paragraph opens it again and only the last closes it, as newspapers print long
/// quotes; a mark left open at the end of a paragraph that the next one does not reopen is dropped, not stretched
/// over the article.
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
                    i = next + MarkLength(text, next) - 1; // the quote goes on in the next paragraph
                    continue;
                }
                open = -1;
                continue;
            }
            var length = MarkLength(text, i);
            if (length == 0)
                continue;
            if (open < 0)
            {
                if (IsOpening(text, i))
                    open = i;
            }
            else if (IsClosing(text, i) || IsMistypedClosing(text, i))
            {
                quotes.Add((open, i + length));
                open = -1;
            }
            i += length - 1;
        }
        return quotes;
    }

    /// <summary>Whether <paramref name="text"/> holds a double quotation mark (a doubled apostrophe or backquote included).</summary>
    public static bool Holds(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB'
                || text[i] is '\'' or '`' && i + 1 < text.Length && text[i + 1] == text[i])
                return true;
        }
        return false;
    }

    // 1 for a double mark, 2 for a doubled apostrophe or backquote standing for one, 0 for anything else.
    private static int MarkLength(string text, int i) => text[i] switch
    {
        '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => 1,
        '\'' or '`' when i + 1 < text.Length && text[i + 1] == text[i] => 2,
        _ => 0,
    };

    // A typographic opening mark always opens; a straight one opens where a word starts after it.
    private static bool IsOpening(string text, int i) => text[i] switch
    {
        '\u201C' or '\u201E' or '\u00AB' => true,
        '`' => MarkLength(text, i) == 2,
        '"' or '\'' => MarkLength(text, i) is var length and > 0 && i + length < text.Length && !char.IsWhiteSpace(text[i + length])
            && (i == 0 || !char.IsLetterOrDigit(text[i - 1])),
        _ => false,
    };

    // An opening mark typed where a closing one belongs: after a word or punctuation, before a space or the end.
    private static bool IsMistypedClosing(string text, int i) =>
        text[i] is '\u201C' or '\u201E' && i > 0 && !char.IsWhiteSpace(text[i - 1]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));

    private static bool IsClosing(string text, int i) => text[i] switch
    {
        '\u201D' or '\u00BB' => true,
        '"' or '\'' => i > 0 && !char.IsWhiteSpace(text[i - 1]),
        _ => false,
    };

    private static int NextParagraphStart(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
            i++;
        return i;
    }
}
