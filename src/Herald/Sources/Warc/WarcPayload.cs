using Herald.Documents;
using Herald.Errors;

namespace Herald.Sources.Warc;

/// <summary>Turns one WARC record into an article, an error, a skip counted in <see cref="WarcSkips"/>, or nothing.</summary>
internal static class WarcPayload
{
    private static readonly HashSet<string> HtmlTypes = new(StringComparer.Ordinal) { "text/html", "application/xhtml+xml" };

    /// <summary>Whether a record's block is read: responses and resources whose payload may be a page.</summary>
    public static bool WantsBlock(WarcHeaders headers)
    {
        if (headers.Type is not ("response" or "resource"))
            return false;
        var (identified, _) = HttpResponse.ParseContentType(headers["WARC-Identified-Payload-Type"]);
        return identified is null || IsArticleType(identified);
    }

    /// <summary>The item for <paramref name="record"/>; null for records that never hold an article (request, metadata, warcinfo).</summary>
    public static SourceItem? ToItem(WarcRecord record, string input, string where, WarcSkips skips)
    {
        var headers = record.Headers;
        var origin = new Origin(input, RecordId: headers?.RecordId);
        if (record.Error is { } problem)
            return Fail(problem.Kind, origin, $"{problem.Detail} (record {where})");
        if (headers!.Type is not ("response" or "resource"))
        {
            if (headers.Type == "revisit")
                skips.Add("revisits");
            return null;
        }

        if (record.Block is null)
        {
            var (identified, _) = HttpResponse.ParseContentType(headers["WARC-Identified-Payload-Type"]);
            skips.Add(identified ?? "unknown type");
            return null;
        }

        var (warcType, warcCharset) = HttpResponse.ParseContentType(headers["Content-Type"]);
        string? mediaType = warcType, charset = warcCharset;
        var body = record.Block;
        if (headers.Type == "response")
        {
            if (warcType is not null && !warcType.StartsWith("application/http", StringComparison.Ordinal))
            {
                skips.Add(warcType);
                return null;
            }

            var response = HttpResponse.Parse(record.Block, ArticleSources.MaxRecordBytes, out var error);
            if (response is null)
                return Fail(ErrorCatalog.MalformedWarc, origin, $"{error} (record {where})");
            if (response.Status is < 200 or > 299)
            {
                skips.Add($"status {response.Status}");
                return null;
            }

            (mediaType, charset, body) = (response.MediaType, response.Charset, response.Body);
        }

        return Decode(body, mediaType, charset, origin, where, skips, headers);
    }

    private static SourceItem? Decode(byte[] body, string? mediaType, string? charset, Origin origin, string where, WarcSkips skips, WarcHeaders headers)
    {
        var head = body.AsSpan(0, Math.Min(body.Length, TextDecoder.SniffBytes));
        var complete = head.Length == body.Length;
        if (body.AsSpan().IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            skips.Add("empty bodies");
            return null;
        }

        var type = mediaType switch
        {
            null => ArticleSources.Sniff(head, complete) switch
            {
                InputKind.Html => ContentType.Html,
                InputKind.Text => ContentType.Text,
                _ => (ContentType?)null,
            },
            _ when HtmlTypes.Contains(mediaType) => ContentType.Html,
            "text/plain" => ContentType.Text,
            _ => null,
        };
        if (type is not { } kind)
        {
            skips.Add(mediaType ?? "JSON");
            return null;
        }

        var planned = TextDecoder.Plan(head, complete, isHtml: kind == ContentType.Html, charset);
        if (planned.Plan is null)
            return Fail(planned.Error!, origin, $"{planned.Detail} (record {where})");
        var (content, invalid, first) = DecodedText.ReadAll(new MemoryStream(body, writable: false), planned.Plan);
        var info = new ArticleInfo { Url = headers.TargetUri };
        return SourceItem.Of(new RawArticle(origin, content, kind, info)
        {
            Fetched = headers.Date,
            Warnings = invalid > 0 ? [TextArticleReader.InvalidBytesWarning(origin, invalid, first)] : [],
        });
    }

    private static bool IsArticleType(string mediaType) => HtmlTypes.Contains(mediaType) || mediaType == "text/plain";

    private static SourceItem Fail(ErrorKind kind, Origin origin, string detail) =>
        SourceItem.Failed(new HeraldError(kind, origin.ToString(), detail));
}
