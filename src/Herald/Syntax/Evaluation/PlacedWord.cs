using Herald.Syntax.Conllu;

namespace Herald.Syntax.Evaluation;

/// <summary>A syntactic word placed on the character sequence, with what the metrics compare.</summary>
/// <param name="Span">Its characters; a word inside a multi-word token has the token's span.</param>
/// <param name="InMultiword">Whether it belongs to a multi-word token.</param>
/// <param name="Word">The CoNLL-U line.</param>
/// <param name="Parent">The head's index in the file's word list, <see cref="Root"/> or <see cref="NoHead"/>.</param>
internal readonly record struct PlacedWord(CharSpan Span, bool InMultiword, ConlluWord Word, int Parent)
{
    /// <summary>The head of a root word.</summary>
    public const int Root = -1;

    /// <summary>The head column is <c>_</c>.</summary>
    public const int NoHead = -2;

    /// <summary>The universal part of the relation ("nmod" of "nmod:poss").</summary>
    public ReadOnlySpan<char> UniversalRelation
    {
        get
        {
            var deprel = Word.Deprel.AsSpan();
            var colon = deprel.IndexOf(':');
            return colon < 0 ? deprel : deprel[..colon];
        }
    }
}
