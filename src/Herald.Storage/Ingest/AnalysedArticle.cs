using Herald.Documents;
using Herald.Errors;
using Herald.Records;
using Herald.Sources;
using Herald.Storage.Duplicates;

namespace Herald.Storage.Ingest;

/// <summary>An analysed article ready for the archive: its record, the record's JSON and its MinHash signature.</summary>
/// <param name="Record">The herald/1 record, without tokens.</param>
/// <param name="Json">The record as compact JSON.</param>
/// <param name="Fingerprint">Its MinHash signature, or null for a text too short to have one.</param>
public sealed record AnalysedArticle(ArticleRecord Record, string Json, uint[]? Fingerprint)
{
    /// <summary>What the archive stores of <paramref name="document"/>, read from <paramref name="origin"/> with <paramref name="warnings"/>.</summary>
    public static AnalysedArticle Of(Document document, Origin origin, IReadOnlyList<HeraldError> warnings)
    {
        var record = RecordBuilder.Build(document, origin, warnings, withTokens: false);
        return new AnalysedArticle(record, RecordWriter.ToJson(record, indented: false), MinHash.Of(record.Article.Text));
    }
}
