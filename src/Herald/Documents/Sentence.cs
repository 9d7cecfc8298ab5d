namespace Herald.Documents;

/// <summary>A read-only view of one sentence of a <see cref="Document"/>.</summary>
public readonly struct Sentence
{
    private readonly Document _document;

    internal Sentence(Document document, int index)
    {
        _document = document;
        Index = index;
    }

    /// <summary>The sentence's index in the document.</summary>
    public int Index { get; }

    /// <summary>The sentence as a token range.</summary>
    public SentenceData Data => _document.SentenceArray[Index];

    /// <summary>The sentence's tokens.</summary>
    public Span Tokens => new(_document, Data.TokenStart, Data.TokenEnd);

    /// <summary>Char offset of the first char.</summary>
    public int Start => Tokens.Start;

    /// <summary>Char offset one past the last char.</summary>
    public int End => Tokens.End;

    /// <summary>The sentence's text as a new string.</summary>
    public string Text => Tokens.Text;

    /// <inheritdoc />
    public override string ToString() => Text;
}
