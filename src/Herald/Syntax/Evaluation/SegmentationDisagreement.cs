namespace Herald.Syntax.Evaluation;

/// <summary>What kind of segmentation disagreement.</summary>
public enum DisagreementKind
{
    /// <summary>The files split a stretch of characters into different tokens.</summary>
    Token,

    /// <summary>A gold sentence boundary the system does not have.</summary>
    MissedSentenceBoundary,

    /// <summary>A system sentence boundary the gold file does not have.</summary>
    ExtraSentenceBoundary,
}

/// <summary>
/// One place where the system's segmentation differs from the gold one, shown in context: tokens separated
/// by spaces, the disputed tokens in [brackets], sentence boundaries as ‖.
/// </summary>
/// <param name="Kind">Tokens or a sentence boundary.</param>
/// <param name="Offset">Where it starts, in non-whitespace characters from the start of the file.</param>
/// <param name="Gold">The gold segmentation of the stretch.</param>
/// <param name="System">The system segmentation of the same stretch.</param>
public sealed record SegmentationDisagreement(DisagreementKind Kind, int Offset, string Gold, string System);
