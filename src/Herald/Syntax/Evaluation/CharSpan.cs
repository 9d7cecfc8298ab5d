namespace Herald.Syntax.Evaluation;

/// <summary>A half-open span <c>[Start, End)</c> over the non-whitespace characters of a CoNLL-U file.</summary>
internal readonly record struct CharSpan(int Start, int End);
