using Herald.Text.Tokenization;

namespace Herald.Text;

/// <summary>
/// Groups the tokens of <see cref="NewsTokenizer"/> into surface tokens as Universal Dependencies writes them.
/// </summary>
/// <remarks>
/// The tokenizer emits syntactic words: "don't" is "do" + "n't", "Trump's" is "Trump" + "'s", "cannot" is
/// "can" + "not". UD English keeps such a word as one multi-word token (a range line <c>1-2 don't</c>) over
/// its words. A token continues the previous surface token when nothing separates them and it is a clitic
/// split off the previous word ("n't", "'s", "'m", "'d", "'re", "'ve", "'ll"), the possessive apostrophe
/// after a plural ("soldiers'": EWT and GUM write it as a multi-word token four times out of five), or the
/// second half of "can|not", "gon|na", "got|ta", "wan|na". Everything else is a surface token of its own, even when
/// glued to its neighbour ("said" "." or "(" "AP").
/// </remarks>
public static class SurfaceTokens
{
    /// <summary>Whether token <paramref name="index"/> belongs to the same surface token as token <paramref name="index"/> - 1.</summary>
    public static bool ContinuesPrevious(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int index)
    {
        if (index <= 0 || index >= tokens.Length) return false;
        var previous = tokens[index - 1];
        var token = tokens[index];
        if (previous.End != token.Start) return false;
        var before = text.Slice(previous.Start, previous.Length);
        var word = text.Slice(token.Start, token.Length);
        if (!CharClass.IsWordChar(before[^1]) && before[^1] != '.') return false;
        if (IsClitic(word) || IsSecondHalf(before, word)) return true;
        // The possessive apostrophe of a plural ("the Palestinians' infrastructure"), not a quote that goes on.
        return word.Length == 1 && CharClass.IsApostrophe(word[0]) && (before[^1] | 0x20) == 's'
            && (token.End == text.Length || !CharClass.IsWordChar(text[token.End]));
    }

    /// <summary>Sets <paramref name="continues"/>[k] for every token k (see <see cref="ContinuesPrevious"/>).</summary>
    public static void Mark(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, Span<bool> continues)
    {
        if (continues.Length < tokens.Length)
            throw new ArgumentException("needs one flag per token", nameof(continues));
        for (var k = 0; k < tokens.Length; k++)
            continues[k] = ContinuesPrevious(text, tokens, k);
    }

    private static bool IsClitic(ReadOnlySpan<char> word)
    {
        if (word.Length == 3 && (word[0] | 0x20) == 'n' && CharClass.IsApostrophe(word[1]) && (word[2] | 0x20) == 't')
            return true;
        if (word.Length < 2 || word.Length > 3 || !CharClass.IsApostrophe(word[0])) return false;
        var a = word[1] | 0x20;
        if (word.Length == 2) return a is 's' or 'm' or 'd';
        var b = word[2] | 0x20;
        return (a, b) is ('r', 'e') or ('v', 'e') or ('l', 'l');
    }

    private static bool IsSecondHalf(ReadOnlySpan<char> before, ReadOnlySpan<char> word)
    {
        if (before.Length != 3) return false;
        if (word.Equals("not", StringComparison.OrdinalIgnoreCase)) return before.Equals("can", StringComparison.OrdinalIgnoreCase);
        if (word.Equals("na", StringComparison.OrdinalIgnoreCase))
            return before.Equals("gon", StringComparison.OrdinalIgnoreCase) || before.Equals("wan", StringComparison.OrdinalIgnoreCase);
        return word.Equals("ta", StringComparison.OrdinalIgnoreCase) && before.Equals("got", StringComparison.OrdinalIgnoreCase);
    }
}
