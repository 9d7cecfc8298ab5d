using Herald.Syntax.Parsing;
using Herald.Syntax.Tagging;

namespace Herald.Documents;

/// <summary>A read-only view of one token of a <see cref="Document"/>.</summary>
public readonly struct Token
{
    private readonly Document _document;

    internal Token(Document document, int index)
    {
        _document = document;
        Index = index;
    }

    /// <summary>The token's index in the document.</summary>
    public int Index { get; }

    /// <summary>The underlying flat record.</summary>
    public ref readonly TokenData Data => ref _document.TokenArray[Index];

    /// <summary>Char offset of the first char.</summary>
    public int Start => Data.Start;

    /// <summary>Char offset one past the last char.</summary>
    public int End => Data.End;

    /// <summary>The token's chars, without allocating.</summary>
    public ReadOnlySpan<char> Chars => _document.Text.AsSpan(Data.Start, Data.Length);

    /// <summary>The token's text as a new string.</summary>
    public string Text => _document.Text.Substring(Data.Start, Data.Length);

    /// <summary>Index of the sentence that holds the token.</summary>
    public int SentenceIndex => Data.Sentence;

    /// <summary>The universal part-of-speech tag, such as <c>NOUN</c>, or null before tagging.</summary>
    public string? Upos => UniversalTags.NameOf(Data.Upos);

    /// <summary>The Penn Treebank tag, such as <c>NNS</c>, or null before tagging.</summary>
    public string? Xpos => PennTags.NameOf(Data.Xpos);

    /// <summary>The lemma, such as <c>meeting</c> for <c>meetings</c>, or null before tagging.</summary>
    public string? Lemma => (uint)Data.Lemma < (uint)_document.Lemmas.Count ? _document.Lemmas[Data.Lemma] : null;

    /// <summary>The document index of the syntactic head, or <see cref="TokenData.Unset"/> for a sentence root or before parsing.</summary>
    public int Head => Data.Head;

    /// <summary>The dependency relation to the head, such as <c>nsubj:pass</c> or <c>root</c>, or null before parsing.</summary>
    public string? Deprel => DependencyLabels.NameOf(Data.Dependency);

    /// <inheritdoc />
    public override string ToString() => Text;
}
