using System.Text;

namespace Herald.Tests.Support;

/// <summary>Builds WARC records in memory for tests.</summary>
internal static class WarcFiles
{
    public const string Date = "2024-03-05T10:00:00Z";

    public static byte[] Record(string type, string id, byte[] block, string? uri = null, string? contentType = null, string version = "WARC/1.1", string? contentLength = null)
    {
        var header = new StringBuilder();
        header.Append(version).Append("\r\n");
        header.Append("WARC-Type: ").Append(type).Append("\r\n");
        header.Append("WARC-Record-ID: <urn:uuid:").Append(id).Append(">\r\n");
        header.Append("WARC-Date: ").Append(Date).Append("\r\n");
        if (uri is not null)
            header.Append("WARC-Target-URI: ").Append(uri).Append("\r\n");
        if (contentType is not null)
            header.Append("Content-Type: ").Append(contentType).Append("\r\n");
        header.Append("Content-Length: ").Append(contentLength ?? block.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    /// <summary>A response record: an HTTP status line and headers, then <paramref name="body"/>.</summary>
    public static byte[] Response(string id, string uri, byte[] body, string httpHeaders = "Content-Type: text/html; charset=utf-8", string status = "200 OK") =>
        Record("response", id, [.. Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\n{httpHeaders}\r\n\r\n"), .. body], uri, "application/http; msgtype=response");

    public static byte[] Html(string title, string paragraph) =>
        Encoding.UTF8.GetBytes($"<html><head><title>{title}</title></head><body><p>{paragraph}</p></body></html>");

    /// <summary>Each record as its own gzip member, concatenated.</summary>
    public static byte[] GzipEach(params byte[][] records) => [.. records.SelectMany(TempDir.Gzip)];
}
