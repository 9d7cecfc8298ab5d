using Herald.Documents;
using Herald.Syntax.Tagging;

namespace Herald.Time;

/// <summary>
/// The tokens of one document as the time rules see them: each token's lexicon entry (looked up once), its
/// chars, its number value and its Penn tag. Rules only read; positions past the end read as nothing.
/// </summary>
internal sealed class TimeTokens
{
    private readonly string _text;
    private readonly TokenData[] _tokens;
    private readonly TimeWord[] _words;

    public TimeTokens(Document document, TimeWord[] words)
    {
        _text = document.Text;
        _tokens = document.TokenArray;
        _words = words;
        for (var i = 0; i < _tokens.Length; i++)
            _words[i] = TimeLexicon.Lookup(Chars(i));
    }

    /// <summary>One past the last token of the current sentence; rules do not look beyond it.</summary>
    public int Limit { get; set; }

    /// <summary>The first token of the current sentence.</summary>
    public int SentenceStart { get; set; }

    public TokenData Token(int i) => _tokens[i];

    public TimeWord Word(int i) => i < Limit && i >= 0 ? _words[i] : default;

    public bool Is(int i, TimeWordKind kind) => Word(i).Is(kind);

    /// <summary>Whether token <paramref name="i"/> is "a.m." or "p.m.", wherever the current sentence is.</summary>
    public bool IsMeridiem(int i) => _words[i].Is(TimeWordKind.Meridiem);

    public ReadOnlySpan<char> Chars(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    /// <summary>Whether token <paramref name="i"/> is <paramref name="word"/>, ignoring case.</summary>
    public bool IsText(int i, string word) =>
        i < Limit && i >= 0 && Chars(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether token <paramref name="i"/> is one of <paramref name="words"/>, ignoring case.</summary>
    public bool IsAny(int i, params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (IsText(i, word))
                return true;
        }
        return false;
    }

    public bool IsCapitalized(int i) => i < Limit && char.IsUpper(_text[_tokens[i].Start]);

    /// <summary>Whether token <paramref name="i"/> touches the next one, with no space between (as in "two-year").</summary>
    public bool Touches(int i) => i + 1 < Limit && _tokens[i].End == _tokens[i + 1].Start;

    /// <summary>The value of an all-digit token, or -1.</summary>
    public int Digits(int i)
    {
        if (i >= Limit || i < 0)
            return -1;
        var chars = Chars(i);
        if (chars.Length is 0 or > 9)
            return -1;
        var value = 0;
        foreach (var c in chars)
        {
            if (!char.IsAsciiDigit(c))
                return -1;
            value = value * 10 + c - '0';
        }
        return value;
    }

    /// <summary>The Penn tag of token <paramref name="i"/>, or null before tagging.</summary>
    public string? Tag(int i) => i < Limit && i >= 0 ? PennTags.NameOf(_tokens[i].Xpos) : null;

    /// <summary>Whether the token is tagged as a noun or an adjective: then a time word before it modifies it.</summary>
    public bool IsNominal(int i) => Tag(i) is { } tag && (tag.StartsWith("NN", StringComparison.Ordinal) || tag == "JJ");

    /// <summary>Whether the token can be part of a time expression at all: a lexicon word or starts with a digit or an apostrophe.</summary>
    public bool CanStart(int i)
    {
        if (_words[i].Kind != TimeWordKind.None)
            return true;
        var first = _text[_tokens[i].Start];
        return char.IsAsciiDigit(first) || Chars(i).StartsWith("mid-", StringComparison.OrdinalIgnoreCase) || (first is '\'' or '’' && _tokens[i].Length > 1 && char.IsAsciiDigit(_text[_tokens[i].Start + 1]));
    }
}
