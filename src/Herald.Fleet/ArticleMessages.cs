using System.Text.Json;
using System.Text.Json.Serialization;
using Herald.Documents;
using Herald.Errors;
using Herald.Sources;

namespace Herald.Fleet;

/// <summary>
/// An article as a message on the queue: one UTF-8 JSON object in the format <see cref="Format"/> holding the
/// raw article as a source read it (content, its type, metadata, origin, reading warnings). The worker
/// extracts and analyses it exactly as <c>herald ingest</c> would have.
/// </summary>
public static class ArticleMessages
{
    /// <summary>The format's name, in each message's <c>format</c> field and its AMQP <c>type</c> property.</summary>
    public const string Format = "herald-article/1";

    /// <summary>The AMQP content type of a message.</summary>
    public const string ContentType = "application/json";

    /// <summary>The message body for <paramref name="article"/>.</summary>
    public static byte[] Encode(RawArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var body = new MessageBody
        {
            Format = Format,
            Input = article.Origin.Input,
            Line = article.Origin.Line,
            RecordId = article.Origin.RecordId,
            Type = article.Type == Sources.ContentType.Html ? "html" : "text",
            Content = article.Content,
            Info = article.Info,
            Fetched = article.Fetched,
            Warnings = article.Warnings.Count > 0 ? [.. article.Warnings.Select(w => new MessageWarning { Code = w.Kind.Code, Input = w.Input, Detail = w.Detail })] : null,
        };
        return JsonSerializer.SerializeToUtf8Bytes(body, FleetJson.Default.MessageBody);
    }

    /// <summary>The article in <paramref name="body"/>; <see cref="FormatException"/> saying what is wrong when it is not one.</summary>
    public static RawArticle Decode(ReadOnlySpan<byte> body)
    {
        MessageBody? message;
        try
        {
            message = JsonSerializer.Deserialize(body, FleetJson.Default.MessageBody);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"not a {Format} message: {exception.Message}", exception);
        }
        if (message is null || message.Format != Format)
            throw new FormatException($"not a {Format} message: its format is '{message?.Format}'");
        if (message.Content is null || message.Input is null)
            throw new FormatException($"not a {Format} message: it has no content or no input");
        var type = message.Type switch
        {
            "text" => Sources.ContentType.Text,
            "html" => Sources.ContentType.Html,
            _ => throw new FormatException($"not a {Format} message: unknown type '{message.Type}'"),
        };
        return new RawArticle(new Origin(message.Input, message.Line, message.RecordId), message.Content, type, message.Info ?? new ArticleInfo())
        {
            Fetched = message.Fetched,
            Warnings = message.Warnings?.Select(Warning).ToList() ?? [],
        };
    }

    private static HeraldError Warning(MessageWarning warning) =>
        ErrorCatalog.All.FirstOrDefault(k => k.Code == warning.Code) is { } kind
            ? new HeraldError(kind, warning.Input ?? "", warning.Detail)
            : throw new FormatException($"not a {Format} message: unknown warning code '{warning.Code}'");
}

/// <summary>The JSON shape of a message (<see cref="ArticleMessages.Format"/>).</summary>
internal sealed class MessageBody
{
    public string? Format { get; init; }
    public string? Input { get; init; }
    public long Line { get; init; }
    public string? RecordId { get; init; }
    public string? Type { get; init; }
    public string? Content { get; init; }
    public ArticleInfo? Info { get; init; }
    public DateTimeOffset? Fetched { get; init; }
    public List<MessageWarning>? Warnings { get; init; }
}

/// <summary>A reading warning carried in a message.</summary>
internal sealed class MessageWarning
{
    public string? Code { get; init; }
    public string? Input { get; init; }
    public string? Detail { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MessageBody))]
internal sealed partial class FleetJson : JsonSerializerContext;
