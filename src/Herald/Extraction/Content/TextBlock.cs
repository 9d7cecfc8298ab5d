namespace Herald.Extraction.Content;

/// <summary>What kind of element a block of text sits in.</summary>
internal enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Preformatted,
    Cell,
    Caption,
}

/// <summary>
/// One run of text between block-level boundaries, in document order. <see cref="Letters"/> and
/// <see cref="LinkLetters"/> count non-space characters, so that layout whitespace weighs nothing.
/// </summary>
internal sealed class TextBlock(string text, BlockKind kind, int letters, int linkLetters)
{
    public string Text { get; } = text;

    public BlockKind Kind { get; } = kind;

    public int Letters { get; } = letters;

    public int LinkLetters { get; } = linkLetters;

    public double LinkDensity => Letters == 0 ? 0 : (double)LinkLetters / Letters;

    /// <summary>Set when the block sits inside an element whose tag, class or id marks it as page furniture.</summary>
    public bool InFurniture { get; set; }

    /// <summary>Set when the same text occurs more than once on the page.</summary>
    public bool Repeated { get; set; }

    /// <summary>Set when the block is part of a teaser card for another page: a linked headline and its summary.</summary>
    public bool Teaser { get; set; }

    /// <summary>Set when the block's words are found in the page's JSON-LD <c>articleBody</c>.</summary>
    public bool Confirmed { get; set; }
}
