namespace Herald.Syntax.Conllu;

/// <summary>A multi-word token (a range line such as <c>3-4</c>): one surface token over several words.</summary>
/// <param name="First">The first word index it covers.</param>
/// <param name="Last">The last word index it covers.</param>
/// <param name="Form">The surface form as it appears in the text.</param>
/// <param name="Misc">Anything else, such as <c>SpaceAfter=No</c>.</param>
public sealed record ConlluMultiword(int First, int Last, string Form, string Misc)
{
    /// <summary>Whether a space follows the token in the raw text.</summary>
    public bool SpaceAfter => !ConlluMisc.Has(Misc, "SpaceAfter=No");
}
