using Herald.Analysis;

namespace Herald.Storage.Ingest;

/// <summary>What became of one input item.</summary>
public enum IngestOutcome
{
    /// <summary>Analysed and committed to the archive.</summary>
    Stored,

    /// <summary>The archive already held it (same content hash).</summary>
    Skipped,

    /// <summary>Reading or analysis failed; the error says why.</summary>
    Failed,

    /// <summary>Not an article: a notice such as a skipped file.</summary>
    Notice,
}

/// <summary>One input item's outcome, reported once it is final (a stored article once its batch committed).</summary>
/// <param name="Outcome">What became of it.</param>
/// <param name="Result">The analysis result, without its document; carries the error or warnings.</param>
/// <param name="Words">Words stored, for a stored article.</param>
public sealed record IngestItem(IngestOutcome Outcome, AnalysisResult Result, int Words);
