namespace Herald.Documents;

/// <summary>
/// The flat per-token record a <see cref="Document"/> owns. Labels are small integers from a model's label
/// table; <see cref="Unset"/> marks a layer no stage has filled yet.
/// </summary>
public struct TokenData
{
    /// <summary>The value of a label or index that no stage has assigned.</summary>
    public const int Unset = -1;

    /// <summary>Char offset of the first char in <see cref="Document.Text"/>.</summary>
    public int Start;

    /// <summary>Length in chars.</summary>
    public int Length;

    /// <summary>Index of the sentence that holds the token.</summary>
    public int Sentence;

    /// <summary>Universal part-of-speech tag id: an index into <see cref="Herald.Syntax.Tagging.UniversalTags.Names"/>.</summary>
    public short Upos;

    /// <summary>Penn Treebank tag id: an index into <see cref="Herald.Syntax.Tagging.PennTags.Names"/>.</summary>
    public short Xpos;

    /// <summary>Lemma id: an index into <see cref="Document.Lemmas"/>.</summary>
    public int Lemma;

    /// <summary>Token index of the syntactic head, or <see cref="Unset"/> for the root.</summary>
    public int Head;

    /// <summary>Dependency relation id.</summary>
    public short Dependency;

    /// <summary>Entity tag id (BILOU and type).</summary>
    public short EntityTag;

    /// <summary>Creates a token over <c>[start, start + length)</c> with every other layer unset.</summary>
    public TokenData(int start, int length)
    {
        Start = start;
        Length = length;
        Sentence = Unset;
        Upos = Unset;
        Xpos = Unset;
        Lemma = Unset;
        Head = Unset;
        Dependency = Unset;
        EntityTag = Unset;
    }

    /// <summary>Char offset one past the last char.</summary>
    public readonly int End => Start + Length;
}
