namespace Herald.Syntax.Evaluation;

/// <summary>The CoNLL 2018 shared task metrics of a system file against a gold file.</summary>
/// <param name="Tokens">Surface tokens (a multi-word token counts once) whose character spans match exactly.</param>
/// <param name="Sentences">Sentences whose character spans match exactly.</param>
/// <param name="Words">Syntactic words aligned between the files.</param>
/// <param name="Upos">Aligned words with the gold universal part of speech.</param>
/// <param name="Xpos">Aligned words with the gold language-specific tag.</param>
/// <param name="Lemmas">Aligned words with the gold lemma (a gold <c>_</c> matches anything).</param>
/// <param name="Uas">Aligned words whose head is aligned to the gold head (unlabelled attachment).</param>
/// <param name="Las">As <paramref name="Uas"/>, with the universal part of the relation also equal (labelled attachment).</param>
public sealed record ConlluScores(Score Tokens, Score Sentences, Score Words, Score Upos, Score Xpos, Score Lemmas, Score Uas, Score Las)
{
    /// <summary>The metrics with their conventional names, in the order the shared task prints them.</summary>
    public IEnumerable<(string Name, Score Score)> Metrics()
    {
        yield return ("Tokens", Tokens);
        yield return ("Sentences", Sentences);
        yield return ("Words", Words);
        yield return ("UPOS", Upos);
        yield return ("XPOS", Xpos);
        yield return ("Lemmas", Lemmas);
        yield return ("UAS", Uas);
        yield return ("LAS", Las);
    }
}
