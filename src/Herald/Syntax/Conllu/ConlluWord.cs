namespace Herald.Syntax.Conllu;

/// <summary>One syntactic word of a CoNLL-U sentence (an integer ID line).</summary>
/// <param name="Id">The 1-based word index within the sentence.</param>
/// <param name="Form">The word form.</param>
/// <param name="Lemma">The lemma, or <c>_</c>.</param>
/// <param name="Upos">The universal part-of-speech tag.</param>
/// <param name="Xpos">The language-specific tag (Penn Treebank for English).</param>
/// <param name="Feats">Morphological features, or <c>_</c>.</param>
/// <param name="Head">The head's word index, 0 for the root, -1 when absent.</param>
/// <param name="Deprel">The dependency relation, or <c>_</c>.</param>
/// <param name="Deps">Enhanced dependencies, or <c>_</c>.</param>
/// <param name="Misc">Anything else, such as <c>SpaceAfter=No</c>.</param>
public sealed record ConlluWord(int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string Deprel, string Deps, string Misc)
{
    /// <summary>Whether a space follows the word in the raw text (MISC has no <c>SpaceAfter=No</c>).</summary>
    public bool SpaceAfter => !ConlluMisc.Has(Misc, "SpaceAfter=No");
}
