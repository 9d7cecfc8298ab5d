using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Herald.Records;

/// <summary>Writes records as JSON: one per line (JSONL), or one indented document.</summary>
public static class RecordWriter
{
    private static readonly RecordJsonContext s_compact = new(new JsonSerializerOptions(RecordJsonContext.Default.Options) { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    private static readonly RecordJsonContext s_indented = new(new JsonSerializerOptions(RecordJsonContext.Default.Options) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Serialises <paramref name="record"/> as UTF-8 JSON.</summary>
    /// <remarks>
    /// The buffer is the writer's own, not one rented from the shared pool: records of parts of a large text run to
    /// megabytes, and the pool would keep such buffers for each thread that ever wrote one.
    /// </remarks>
    public static byte[] ToUtf8(ArticleRecord record, bool indented)
    {
        var context = indented ? s_indented : s_compact;
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = context.Options.Encoder }))
            JsonSerializer.Serialize(writer, record, context.ArticleRecord);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Serialises <paramref name="record"/> as a JSON string.</summary>
    public static string ToJson(ArticleRecord record, bool indented) =>
        JsonSerializer.Serialize(record, (indented ? s_indented : s_compact).ArticleRecord);

    /// <summary>Serialises the extraction records as one indented JSON document: the record itself, or an array of several.</summary>
    public static string ToJson(IReadOnlyList<ExtractionRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.Count == 1
            ? JsonSerializer.Serialize(records[0], s_indented.ExtractionRecord)
            : JsonSerializer.Serialize(records, s_indented.IReadOnlyListExtractionRecord);
    }

    /// <summary>Reads a record back (for tests and tools that consume Herald's output).</summary>
    public static ArticleRecord? Parse(string json) =>
        JsonSerializer.Deserialize(json, RecordJsonContext.Default.ArticleRecord);
}
