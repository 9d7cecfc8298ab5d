namespace Herald.Documents;

/// <summary>A read-only view of the half-open token range <c>[TokenStart, TokenEnd)</c> of a document.</summary>
public readonly struct Span
{
    private readonly Document _document;

    /// <summary>Creates a view of tokens <c>[tokenStart, tokenEnd)</c>.</summary>
    public Span(Document document, int tokenStart, int tokenEnd)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (tokenStart < 0 || tokenEnd < tokenStart || tokenEnd > document.TokenCount)
            throw new ArgumentOutOfRangeException(nameof(tokenStart), $"token range [{tokenStart}, {tokenEnd}) is outside [0, {document.TokenCount})");
        _document = document;
        TokenStart = tokenStart;
        TokenEnd = tokenEnd;
    }

    /// <summary>Index of the first token.</summary>
    public int TokenStart { get; }

    /// <summary>Index one past the last token.</summary>
    public int TokenEnd { get; }

    /// <summary>Number of tokens.</summary>
    public int Count => TokenEnd - TokenStart;

    /// <summary>Char offset of the first char (the end offset for an empty span).</summary>
    public int Start => Count == 0 ? CharAt(TokenStart) : _document.TokenArray[TokenStart].Start;

    /// <summary>Char offset one past the last char.</summary>
    public int End => Count == 0 ? CharAt(TokenStart) : _document.TokenArray[TokenEnd - 1].End;

    /// <summary>The token at <paramref name="offset"/> within the span.</summary>
    public Token this[int offset] => (uint)offset < (uint)Count
        ? new Token(_document, TokenStart + offset)
        : throw new ArgumentOutOfRangeException(nameof(offset));

    /// <summary>The covered chars, including the whitespace between tokens.</summary>
    public ReadOnlySpan<char> Chars => _document.Text.AsSpan(Start, End - Start);

    /// <summary>The covered text as a new string.</summary>
    public string Text => _document.Text[Start..End];

    private int CharAt(int tokenIndex) =>
        tokenIndex < _document.TokenCount ? _document.TokenArray[tokenIndex].Start : _document.Text.Length;

    /// <inheritdoc />
    public override string ToString() => Text;
}
