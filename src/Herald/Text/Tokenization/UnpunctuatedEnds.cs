namespace Herald.Text.Tokenization;

/// <summary>
/// Sentence ends without sentence punctuation, common in web text and e-mail: after a URL, an emoticon or a
/// separator line ("*****", "=====") before a capitalised word. (A colon before a capitalised word was tried and
/// left out: on EWT and GUM it breaks as many sentences wrongly as it finds.)
/// </summary>
internal static class UnpunctuatedEnds
{
    /// <summary>Whether a sentence ends after token <paramref name="k"/>, which is not sentence punctuation.</summary>
    public static bool EndsAfter(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int k)
    {
        if (k + 1 >= tokens.Length || tokens[k].End == tokens[k + 1].Start) return false;
        var t = Tok(text, tokens[k]);
        var next = Tok(text, tokens[k + 1]);
        var upper = CharClass.IsUpper(next[0]);
        if (IsUrl(t)) return upper || IsUrl(next);
        if (IsEmoticon(t)) return upper;
        if (IsSeparator(t)) return (upper || next[0] is '"' or '\u201C') && !Framed(text, tokens, k);
        return false;
    }

    /// <summary>A line of three or more of the same symbol: "***", "=====", "______".</summary>
    public static bool IsSeparator(ReadOnlySpan<char> t)
    {
        if (t.Length < 3 || t[0] is not ('*' or '=' or '_' or '~' or '-' or '#' or '+')) return false;
        foreach (var c in t)
        {
            if (c != t[0]) return false;
        }
        return true;
    }

    private static bool IsUrl(ReadOnlySpan<char> t) =>
        t.Length > 8 && (t.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || t.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                         || t.StartsWith("www.", StringComparison.OrdinalIgnoreCase));

    private static bool IsEmoticon(ReadOnlySpan<char> t) =>
        t.Length is >= 2 and <= 5 && t[0] is ':' or ';' && t[1] is '-' or ')' or '(' or 'D' or 'P' or 'p';

    /// <summary>The separator frames a heading: "***** NOTICE *****" (the same symbol again within four tokens).</summary>
    private static bool Framed(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int k)
    {
        var symbol = text[tokens[k].Start];
        for (var j = k + 2; j < tokens.Length && j <= k + 4; j++)
        {
            var t = Tok(text, tokens[j]);
            if (t[0] == symbol && IsSeparator(t)) return true;
        }
        return false;
    }

    private static ReadOnlySpan<char> Tok(ReadOnlySpan<char> text, TokenSpan token) => text.Slice(token.Start, token.Length);
}
