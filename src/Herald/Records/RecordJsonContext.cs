using System.Text.Json.Serialization;

namespace Herald.Records;

/// <summary>Source-generated JSON metadata for the record: no reflection, trimming-safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(ArticleRecord))]
[JsonSerializable(typeof(ProblemRecord))]
[JsonSerializable(typeof(ExtractionRecord))]
[JsonSerializable(typeof(IReadOnlyList<ExtractionRecord>))]
internal sealed partial class RecordJsonContext : JsonSerializerContext;
