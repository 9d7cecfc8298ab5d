using System.Globalization;
using System.Text.Json;
using Herald.Documents;
using Herald.Errors;

namespace Herald.Sources;

/// <summary>
/// Reads JSON Lines: one article per line, as bytes decoded as UTF-8, parsed with <see cref="JsonDocument"/>
/// (no reflection). Each bad line becomes an error item and reading goes on.
/// </summary>
internal static class JsonlArticleReader
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-ddTHH:mmK",
        "yyyy-MM-ddTHH:mm:ssK",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    public static IEnumerable<SourceItem> Read(Stream stream, ReadOnlySpan<byte> head, string input, int maxLineBytes = ArticleSources.MaxRecordBytes)
    {
        // JSON is UTF-8: a UTF-16 or UTF-32 file cannot be read line by line as bytes.
        var (bom, _, bomName) = TextDecoder.DetectBom(head);
        if (bom is not null && bom.CodePage != 65001)
        {
            return [SourceItem.Failed(new HeraldError(ErrorCatalog.Undecodable, input, $"JSONL must be UTF-8, but the file starts with a {bomName} byte-order mark"))];
        }

        var magic = TextDecoder.DescribeMagic(head);
        if (magic is not null)
        {
            return [SourceItem.Failed(new HeraldError(ErrorCatalog.Binary, input, $"looks like {magic}"))];
        }

        return ReadLines(stream, input, maxLineBytes);
    }

    private static IEnumerable<SourceItem> ReadLines(Stream stream, string input, int maxLineBytes)
    {
        var lines = new ByteLineReader(stream, maxLineBytes);
        var anyRecord = false;
        while (lines.Next(out var line, out var tooLong))
        {
            var number = lines.LineNumber;
            if (tooLong)
            {
                anyRecord = true;
                yield return SourceItem.Failed(new HeraldError(
                    ErrorCatalog.RecordTooLarge,
                    new Origin(input, number).ToString(),
                    $"the line is longer than {maxLineBytes} bytes; skipped"));
                continue;
            }

            if (number == 1 && line.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                line = line[3..];
            }

            line = TrimAscii(line);
            if (line.IsEmpty)
            {
                continue;
            }

            anyRecord = true;
            yield return ParseRecord(line, input, number);
        }

        if (!anyRecord)
        {
            yield return SourceItem.Failed(new HeraldError(ErrorCatalog.Empty, input, "no records: the file is empty or holds only blank lines"));
        }
    }

    /// <summary>Turns one non-blank JSONL line into an article or an error.</summary>
    internal static SourceItem ParseRecord(ReadOnlyMemory<byte> line, string input, long number)
    {
        var origin = new Origin(input, number);
        if (!System.Text.Unicode.Utf8.IsValid(line.Span))
        {
            var bad = Utf8Stats.Scan(line.Span, isFinal: true).FirstInvalidOffset;
            return Fail(ErrorCatalog.MalformedJson, origin, $"invalid UTF-8 at byte {bad + 1} of the line");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return Fail(ErrorCatalog.MalformedJson, origin, ParserMessage(e));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail(ErrorCatalog.MalformedJson, origin, $"the line holds a JSON {Describe(root.ValueKind)}, not an object");
            }

            return ReadFields(root, input, number);
        }
    }

    private static SourceItem ReadFields(JsonElement root, string input, long number)
    {
        // The id first, so that later errors can name the record.
        string? id = null;
        if (root.TryGetProperty("id", out var idElement))
        {
            switch (idElement.ValueKind)
            {
                case JsonValueKind.String:
                    id = idElement.GetString();
                    break;
                case JsonValueKind.Number:
                    id = idElement.GetRawText();
                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    return Fail(ErrorCatalog.BadField, new Origin(input, number), WrongType("id", "a string or a number", idElement));
            }
        }

        id = NullIfBlank(id);
        var origin = new Origin(input, number, id);
        string? text = null, html = null, title = null, url = null, source = null, language = null;
        string? published = null, date = null;
        List<string>? authors = null;
        foreach (var property in root.EnumerateObject())
        {
            string? error = null;
            switch (property.Name)
            {
                case "text":
                    error = ReadString(property, ref text);
                    break;
                case "html":
                    error = ReadString(property, ref html);
                    break;
                case "title":
                    error = ReadString(property, ref title);
                    break;
                case "url":
                    error = ReadString(property, ref url);
                    break;
                case "source":
                    error = ReadString(property, ref source);
                    break;
                case "language":
                    error = ReadString(property, ref language);
                    break;
                case "published":
                    error = ReadString(property, ref published);
                    break;
                case "date":
                    error = ReadString(property, ref date);
                    break;
                case "authors":
                    error = ReadAuthors(property.Value, out authors);
                    break;
            }

            if (error is not null)
            {
                return Fail(ErrorCatalog.BadField, origin, error);
            }
        }

        DateTimeOffset? when = null;
        var warnings = new List<HeraldError>();
        var dateField = published is not null ? "published" : "date";
        var dateText = published ?? date;
        if (!string.IsNullOrWhiteSpace(dateText))
        {
            if (!DateTimeOffset.TryParseExact(dateText.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return Fail(ErrorCatalog.BadField, origin, $"field \"{dateField}\": \"{Shorten(dateText)}\" is not an ISO 8601 date or date-time");
            }

            if (parsed > DateTimeOffset.UtcNow.AddDays(1))
            {
                warnings.Add(new HeraldError(ErrorCatalog.FutureDateDropped, origin.ToString(), $"field \"{dateField}\": {Shorten(dateText)} is after today"));
            }
            else
            {
                when = parsed;
            }
        }

        ContentType type;
        string content;
        if (!string.IsNullOrWhiteSpace(text))
        {
            type = ContentType.Text;
            content = text.Contains('\r', StringComparison.Ordinal) ? text.ReplaceLineEndings("\n") : text;
        }
        else if (!string.IsNullOrWhiteSpace(html))
        {
            type = ContentType.Html;
            content = html;
        }
        else
        {
            var why = text is null && html is null ? "neither \"text\" nor \"html\" is given" : "\"text\" and \"html\" are empty";
            return Fail(ErrorCatalog.MissingContent, origin, why);
        }

        var info = new ArticleInfo
        {
            Id = id,
            Title = NullIfBlank(title),
            Url = NullIfBlank(url),
            Published = when,
            Source = NullIfBlank(source),
            Language = NullIfBlank(language),
            Authors = authors ?? [],
        };
        return SourceItem.Of(new RawArticle(origin, content, type, info) { Warnings = warnings });
    }

    private static string? ReadString(JsonProperty property, ref string? value)
    {
        switch (property.Value.ValueKind)
        {
            case JsonValueKind.String:
                value = property.Value.GetString();
                return null;
            case JsonValueKind.Null:
                value = null;
                return null;
            default:
                return WrongType(property.Name, "a string", property.Value);
        }
    }

    private static string? ReadAuthors(JsonElement value, out List<string>? authors)
    {
        authors = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                var single = value.GetString()!.Trim();
                authors = single.Length > 0 ? [single] : [];
                return null;
            case JsonValueKind.Array:
                authors = [];
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.String)
                    {
                        authors = null;
                        return WrongType($"authors[{index}]", "a string", item);
                    }

                    var name = item.GetString()!.Trim();
                    if (name.Length > 0)
                    {
                        authors.Add(name);
                    }

                    index++;
                }

                return null;
            default:
                return WrongType("authors", "an array of strings or a string", value);
        }
    }

    private static string WrongType(string field, string expected, JsonElement value) =>
        $"field \"{field}\" must be {expected}, not {Describe(value.ValueKind)}";

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>The parser's message without its line/byte suffix (the line is in the origin), plus the byte in the line.</summary>
    private static string ParserMessage(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        message = message.TrimEnd();
        return e.BytePositionInLine is { } position ? $"{message} (at byte {position + 1} of the line)" : message;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static SourceItem Fail(ErrorKind kind, Origin origin, string detail) =>
        SourceItem.Failed(new HeraldError(kind, origin.ToString(), detail));

    private static ReadOnlyMemory<byte> TrimAscii(ReadOnlyMemory<byte> line)
    {
        var span = line.Span;
        int start = 0, end = span.Length;
        while (start < end && span[start] is (byte)' ' or (byte)'\t' or (byte)'\r')
        {
            start++;
        }

        while (end > start && span[end - 1] is (byte)' ' or (byte)'\t' or (byte)'\r')
        {
            end--;
        }

        return line[start..end];
    }
}
