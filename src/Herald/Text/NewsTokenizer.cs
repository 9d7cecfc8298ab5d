using Herald.Text.Tokenization;

namespace Herald.Text;

/// <summary>Splits news text into tokens following Universal Dependencies English conventions.</summary>
/// <remarks>
/// A single left-to-right scan without regular expressions. Punctuation is split off words, except in
/// abbreviations ("U.S.", "Sen.", "e.g."), initials ("F."), numbers ("1,000.5", "10:30", "2018-11-11"),
/// URLs, e-mail addresses, hashtags and @handles. Hyphens and slashes are split as in UD English
/// ("well - known", "al - Qaeda", "and / or") except after prefixes ("e-mail", "non-profit"), in phone
/// numbers and dates, between digits ("1/2") and in short forms ("b/c", "w/"); see <see cref="Connectors"/>.
/// An abbreviation that ends a sentence gives up its period as UD does ("the U.S" "." "The ..."): before the
/// end of the text, a blank line, or a word that typically starts a sentence. Units glued to numbers are
/// split ("600" "m", "10" "am"). Clitics are split as in UD English: "has" + "n't", "ca" + "n't",
/// "Trump" + "'s", "can" + "not", "gon" + "na" (<see cref="SurfaceTokens"/> groups them back into surface
/// tokens). Currency symbols and "%" are tokens of their own. Runs of sentence punctuation ("?!", "...",
/// "!?.") and of hyphens ("--") are single tokens. Zero-width spaces and byte-order marks are skipped like
/// whitespace.
/// </remarks>
public sealed class NewsTokenizer
{
    /// <summary>The shared instance; the tokenizer is stateless and thread-safe.</summary>
    public static NewsTokenizer Default { get; } = new();

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>, offsets relative to the start of <paramref name="text"/>.</summary>
    public void Tokenize(ReadOnlySpan<char> text, List<TokenSpan> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (CharClass.IsSpace(c))
            {
                i++;
                continue;
            }

            if (CharClass.IsWordChar(c))
            {
                if (c is 'h' or 'H' or 'w' or 'W' or 'f' or 'F')
                {
                    var urlEnd = UrlEnd(text, i);
                    if (urlEnd > i)
                    {
                        tokens.Add(new TokenSpan(i, urlEnd - i));
                        i = urlEnd;
                        continue;
                    }
                }
                i = Word(text, i, tokens);
                continue;
            }

            i = Punctuation(text, i, tokens);
        }
    }

    /// <summary>Tokens that do not start with a letter or digit.</summary>
    private static int Punctuation(ReadOnlySpan<char> text, int i, List<TokenSpan> tokens)
    {
        var n = text.Length;
        var c = text[i];
        var end = i + 1;
        switch (c)
        {
            case '.':
                if (end < n && CharClass.IsDigit(text[end]) && (i == 0 || !CharClass.IsWordChar(text[i - 1])))
                    return Word(text, i, tokens); // ".5"
                end = RunOf(text, i, '.');
                if (end < n && text[end] is '?' or '!') end = TerminalRun(text, end); // ".?", "..?"
                break;
            case '?' or '!':
                end = TerminalRun(text, i); // "?!", "!!!", "??."
                break;
            case '-':
            case '\u2026':
                end = RunOf(text, i, c);
                break;
            case '\'' or '\u2019':
                end = Apostrophe(text, i);
                break;
            case '#':
                end = end < n && (CharClass.IsLetter(text[end]) || text[end] == '_') ? HandleEnd(text, end) : RunOf(text, i, c);
                break;
            case '@':
                end = end < n && (CharClass.IsWordChar(text[end]) || text[end] == '_') ? DomainEnd(text, HandleEnd(text, end)) : RunOf(text, i, c);
                break;
            case ':' or ';':
                end = EmoticonEnd(text, i);
                break;
            default:
                if (c == '+' && end < n && CharClass.IsDigit(text[end]) && (i == 0 || CharClass.IsSpace(text[i - 1]) || text[i - 1] == '('))
                    return Word(text, i, tokens); // "+1 212 ..."
                if (CharClass.Dashes.Contains(c) || CharClass.Repeatable.Contains(c))
                    end = RunOf(text, i, c); // "—", "***", "====", "$$$", "<<"
                else if (char.IsHighSurrogate(c))
                    end = SymbolCluster(text, i);
                break;
        }
        tokens.Add(new TokenSpan(i, end - i));
        return end;
    }

    /// <summary>A word starting at <paramref name="start"/>, with its abbreviation period and split clitics.</summary>
    private static int Word(ReadOnlySpan<char> text, int start, List<TokenSpan> tokens)
    {
        var n = text.Length;
        var end = Core(text, start);
        // The period of an abbreviation; not the first dot of an ellipsis ("etc..."), but "Inc.." is "Inc." + ".".
        if (end < n && text[end] == '.' && (end + 1 == n || text[end + 1] != '.' || (end + 2 < n ? text[end + 2] != '.' : end + 2 == n))
            && Abbreviations.Classify(text[start..end]) is var kind and not AbbreviationKind.None)
        {
            // Not a list label ("a. The first item").
            if (kind != AbbreviationKind.Title && !(end - start == 1 && CharClass.IsLower(text[start])) && PeriodEndsSentence(text, end + 1))
            {
                tokens.Add(new TokenSpan(start, end - start));
                tokens.Add(new TokenSpan(end, 1));
            }
            else
            {
                tokens.Add(new TokenSpan(start, end + 1 - start));
            }
            return end + 1;
        }

        if (end + 1 < n && text[end] == '/' && end - start == 1 && CharClass.IsLetter(text[start]) && CharClass.IsSpace(text[end + 1]))
        {
            tokens.Add(new TokenSpan(start, 2)); // "w/ it"
            return end + 1;
        }

        // Clitics, right to left: "would" "n't" "'ve"; at most three.
        int c1 = end, c2 = end, c3 = end, stem = end;
        for (var k = 0; k < 3; k++)
        {
            var cut = CliticStart(text, start, stem);
            if (cut < 0) break;
            if (k == 0) c1 = cut;
            else if (k == 1) c2 = cut;
            else c3 = cut;
            stem = cut;
        }

        if (stem == end)
            stem = WholeWordSplit(text[start..end]) is var at and > 0 ? start + at : end;
        if (stem == end)
            stem = Connectors.UnitSplit(text[start..end]) is var unit and > 0 ? start + unit : end;

        tokens.Add(new TokenSpan(start, stem - start));
        if (c3 < c2) tokens.Add(new TokenSpan(c3, c2 - c3));
        if (c2 < c1) tokens.Add(new TokenSpan(c2, c1 - c2));
        if (c1 < end) tokens.Add(new TokenSpan(c1, end - c1));
        else if (stem < end) tokens.Add(new TokenSpan(stem, end - stem));
        return end;
    }

    /// <summary>
    /// The end of the word body from <paramref name="start"/>: letters and digits joined by connectors that are
    /// followed by a letter or digit: '.' ("3.5", "U.S", "example.com"), '-' after a prefix or in a phone
    /// number ("e-mail", "713-853-3989"), '_', an apostrophe before a letter ("O'Brien"), ',' and ':' between
    /// digits ("1,000", "10:30"), '/' between digits or in a short form ("1/2", "b/c"), '@' (e-mail, also
    /// "jo...@example.com" as mailing lists hide addresses) and '&amp;' between capitals ("AT&amp;T").
    /// </summary>
    private static int Core(ReadOnlySpan<char> text, int start)
    {
        var n = text.Length;
        var j = start + 1;
        var email = false;
        while (j < n)
        {
            var c = text[j];
            if (c == '.' && j + 4 < n && text[j + 1] == '.' && text[j + 2] == '.' && text[j + 3] == '@' && CharClass.IsWordChar(text[j + 4]))
            {
                j += 5; // "franz371...@gmail.com"
                email = true;
                continue;
            }
            if (CharClass.IsWordChar(c))
            {
                j++;
                continue;
            }
            if (c is '\u00B0' && CharClass.IsWordChar(text[j - 1]))
            {
                j++; // "N°", "25°C"
                continue;
            }
            if (j + 1 >= n) break;
            var next = text[j + 1];
            if (!CharClass.IsWordChar(next)) break;
            var prev = text[j - 1];
            email |= c == '@';
            var joins = c switch
            {
                '.' or '_' or '@' => true,
                '-' or '\u2011' => email || Connectors.HyphenJoins(text, start, j),
                '\'' or '\u2019' => CharClass.IsLetter(next) && CharClass.IsWordChar(prev),
                ',' => CharClass.IsDigit(prev) && ThreeDigits(text, j + 1),
                ':' => CharClass.IsDigit(prev) && CharClass.IsDigit(next),
                '/' => CharClass.IsWordChar(prev) && Connectors.SlashJoins(text, start, j),
                '&' => CharClass.IsUpper(prev) && CharClass.IsUpper(next),
                _ => false,
            };
            if (!joins) break;
            j += 2;
        }
        return j;
    }

    private static bool ThreeDigits(ReadOnlySpan<char> text, int at) =>
        at + 2 < text.Length && CharClass.IsDigit(text[at]) && CharClass.IsDigit(text[at + 1]) && CharClass.IsDigit(text[at + 2])
        && (at + 3 == text.Length || !CharClass.IsDigit(text[at + 3]));

    /// <summary>The start of a clitic ending the word [start, end), or -1: n't, 's, 'm, 'd, 're, 've, 'll.</summary>
    private static int CliticStart(ReadOnlySpan<char> text, int start, int end)
    {
        var len = end - start;
        if (len < 3) return -1;
        var last = text[end - 1] | 0x20;
        if (CharClass.IsApostrophe(text[end - 2]) && last is 's' or 'm' or 'd' && CharClass.IsWordChar(text[end - 3]))
            return end - 2;
        if (len < 4) return -1;
        var mid = text[end - 2] | 0x20;
        if (last == 't' && CharClass.IsApostrophe(text[end - 2]) && (text[end - 3] | 0x20) == 'n' && CharClass.IsLetter(text[end - 4]))
            return end - 3;
        if (CharClass.IsApostrophe(text[end - 3]) && CharClass.IsWordChar(text[end - 4])
            && ((mid == 'r' && last == 'e') || (mid == 'v' && last == 'e') || (mid == 'l' && last == 'l')))
            return end - 3;
        return -1;
    }

    /// <summary>Where UD splits a few words without apostrophe: "can|not", "gon|na", "got|ta", "wan|na"; 0 for none.</summary>
    private static int WholeWordSplit(ReadOnlySpan<char> word)
    {
        if (word.Length == 6 && word.Equals("cannot", StringComparison.OrdinalIgnoreCase)) return 3;
        if (word.Length != 5) return 0;
        if (word.Equals("gonna", StringComparison.OrdinalIgnoreCase) || word.Equals("wanna", StringComparison.OrdinalIgnoreCase)
            || word.Equals("gotta", StringComparison.OrdinalIgnoreCase))
            return 3;
        return 0;
    }

    /// <summary>
    /// An apostrophe not inside a word: a clitic after a word or abbreviation ("Jr.'s"), a decade ("'90s"),
    /// or a quote / possessive mark of its own.
    /// </summary>
    private static int Apostrophe(ReadOnlySpan<char> text, int i)
    {
        var n = text.Length;
        var attached = i > 0 && !CharClass.IsSpace(text[i - 1]);
        if (attached && (CharClass.IsWordChar(text[i - 1]) || text[i - 1] == '.'))
        {
            var j = i + 1;
            while (j < n && CharClass.IsLetter(text[j]) && j - i <= 3) j++;
            if (j < n && CharClass.IsWordChar(text[j])) return i + 1;
            var clitic = text[(i + 1)..j];
            if (clitic.Length > 0 && IsClitic(clitic)) return j;
            return i + 1;
        }
        if (!attached && i + 2 < n && CharClass.IsDigit(text[i + 1]) && CharClass.IsDigit(text[i + 2])
            && (i + 3 == n || !CharClass.IsDigit(text[i + 3])))
        {
            var j = i + 3;
            if (j < n && text[j] == 's') j++;
            if (j == n || !CharClass.IsWordChar(text[j])) return j;
        }
        return i + 1;
    }

    private static bool IsClitic(ReadOnlySpan<char> s) => s.Length switch
    {
        1 => (s[0] | 0x20) is 's' or 'm' or 'd',
        2 => s.Equals("re", StringComparison.OrdinalIgnoreCase) || s.Equals("ve", StringComparison.OrdinalIgnoreCase)
             || s.Equals("ll", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>A Western emoticon (":)", ":-(", ";)", ":D", ":P") before a space or the end, else the single colon / semicolon.</summary>
    private static int EmoticonEnd(ReadOnlySpan<char> text, int i)
    {
        var n = text.Length;
        var j = i + 1;
        if (j < n && text[j] == '-') j++;
        if (j >= n || text[j] is not (')' or '(' or 'D' or 'P' or 'p')) return i + 1;
        j++;
        if (text[j - 1] is ')' or '(')
        {
            while (j < n && text[j] == text[j - 1]) j++;
        }
        return j == n || CharClass.IsSpace(text[j]) || text[j] is '.' or ',' or '!' or '?' ? j : i + 1;
    }

    /// <summary>
    /// Whether an abbreviation's period just before <paramref name="after"/> also ends the sentence: the text
    /// ends, a blank line follows, or a word that typically starts a sentence ("The", "I", "But"), possibly
    /// after an opening quote.
    /// </summary>
    private static bool PeriodEndsSentence(ReadOnlySpan<char> text, int after)
    {
        var n = text.Length;
        var k = after;
        var lines = 0;
        while (k < n && CharClass.IsSpace(text[k]))
        {
            if (text[k] is '\n' or '\u2029') lines++;
            k++;
        }
        if (k == n || lines >= 2) return true;
        if (k == after) return false; // "U.S.," "U.S.)"
        if (text[k] is '"' or '\u201C' or '\'' or '\u2018')
            return k + 1 < n && CharClass.IsUpper(text[k + 1]);
        var w = k;
        while (w < n && CharClass.IsLetter(text[w])) w++;
        if (w < n && text[w] == '.' && w - k == 1) return false; // another initial: "J. K. Rowling"
        return w > k && WordLists.IsSentenceStarter(text[k..w]);
    }

    /// <summary>The end of a run of sentence punctuation: '?', '!' and '.'.</summary>
    private static int TerminalRun(ReadOnlySpan<char> text, int i)
    {
        var j = i + 1;
        while (j < text.Length && text[j] is '?' or '!' or '.') j++;
        return j;
    }

    /// <summary>Extends an @name over a domain ("@paulhastings.com").</summary>
    private static int DomainEnd(ReadOnlySpan<char> text, int j)
    {
        while (j + 1 < text.Length && text[j] == '.' && CharClass.IsLetter(text[j + 1])) j = HandleEnd(text, j + 1);
        return j;
    }

    /// <summary>The end of a hashtag or handle body: letters, digits and underscores.</summary>
    private static int HandleEnd(ReadOnlySpan<char> text, int j)
    {
        while (j < text.Length && (CharClass.IsWordChar(text[j]) || text[j] == '_')) j++;
        return j;
    }

    private static int RunOf(ReadOnlySpan<char> text, int i, char c)
    {
        var j = i + 1;
        while (j < text.Length && text[j] == c) j++;
        return j;
    }

    /// <summary>An emoji or other astral symbol with its modifiers and zero-width-joined parts.</summary>
    private static int SymbolCluster(ReadOnlySpan<char> text, int i)
    {
        var n = text.Length;
        var j = i + 1;
        if (j < n && char.IsLowSurrogate(text[j])) j++;
        while (j < n)
        {
            var c = text[j];
            if (c is '\uFE0F' or '\uFE0E' or '\u20E3')
                j++;
            else if (c == '\u200D' && j + 2 < n && char.IsHighSurrogate(text[j + 1]) && char.IsLowSurrogate(text[j + 2]))
                j += 3;
            else if (c == '\uD83C' && j + 1 < n && text[j + 1] is >= '\uDFFB' and <= '\uDFFF')
                j += 2; // skin tone
            else
                break;
        }
        return j;
    }

    /// <summary>The end of a URL starting at <paramref name="i"/> (http://, https://, ftp://, www.), or <paramref name="i"/>.</summary>
    private static int UrlEnd(ReadOnlySpan<char> text, int i)
    {
        var rest = text[i..];
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
              || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && CharClass.IsWordChar(rest[4]))))
            return i;
        var j = i;
        var parens = 0;
        while (j < text.Length)
        {
            var c = text[j];
            if (CharClass.IsSpace(c) || c is '"' or '<' or '>' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB')
                break;
            if (c == '(') parens++;
            else if (c == ')')
            {
                if (parens == 0) break;
                parens--;
            }
            j++;
        }
        // Trailing sentence punctuation is not part of the URL.
        while (j > i + 1 && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ']' or '}') j--;
        return j;
    }
}
