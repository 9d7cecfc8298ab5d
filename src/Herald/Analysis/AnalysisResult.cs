using Herald.Documents;
using Herald.Errors;
using Herald.Sources;

namespace Herald.Analysis;

/// <summary>The outcome for one input item: an analysed document, or the error that took its place.</summary>
/// <param name="Origin">Where the item came from; null for an error that names no single article.</param>
/// <param name="Document">The analysed document, when analysis succeeded.</param>
/// <param name="Error">The error or notice, when there is no document.</param>
/// <param name="Warnings">Problems that did not stop the article.</param>
public sealed record AnalysisResult(Origin? Origin, Document? Document, HeraldError? Error, IReadOnlyList<HeraldError> Warnings)
{
    /// <summary>True when the item is a failure (not a document, not a mere warning).</summary>
    public bool Failed => Document is null && Error is { Kind.IsWarning: false };
}
