namespace Herald.Syntax.Tagging;

/// <summary>What the tagger learned about one lowercase word from its training data and raw news.</summary>
/// <param name="Ambiguity">The hash of the set of classes it had (0: too rare to say).</param>
/// <param name="Cluster">Its distributional cluster plus one (0: none).</param>
/// <param name="Allowed">The classes it may take (a bit per class); 0 when any open class may do.</param>
internal readonly record struct WordInfo(ulong Ambiguity, ulong Cluster, UInt128 Allowed);
