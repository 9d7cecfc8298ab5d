using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Herald.Sources.Warc;

/// <summary>An archived HTTP response: its status, media type, charset and decoded body bytes.</summary>
internal sealed record HttpResponse(int Status, string? MediaType, string? Charset, byte[] Body)
{
    /// <summary>
    /// Parses a response record's block: status line, header fields, blank line, body. A chunked body is
    /// joined and a gzip, deflate or Brotli body decompressed, to at most <paramref name="maxBody"/> bytes.
    /// </summary>
    /// <returns>The response, or null with <paramref name="error"/> saying what is wrong.</returns>
    public static HttpResponse? Parse(byte[] block, int maxBody, out string? error)
    {
        error = null;
        var headerEnd = FindHeaderEnd(block, out var bodyStart);
        if (headerEnd < 0)
        {
            error = "the HTTP response has no blank line after its headers";
            return null;
        }

        var lines = Encoding.Latin1.GetString(block, 0, headerEnd).Split('\n');
        var statusLine = lines[0].TrimEnd('\r').Split(' ', 3);
        if (statusLine.Length < 2 || !statusLine[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(statusLine[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            error = $"the HTTP status line \"{WarcRecordParser.Shorten(lines[0].TrimEnd('\r'))}\" is not \"HTTP/1.1 200 OK\"";
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
                fields.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }

        var body = block.AsSpan(bodyStart).ToArray();
        if (fields.GetValueOrDefault("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            body = Dechunk(body, out error);
            if (error is not null)
                return null;
        }

        if (fields.GetValueOrDefault("Content-Encoding")?.Trim().ToLowerInvariant() is { Length: > 0 } coding and not "identity")
        {
            body = Decompress(body, coding, maxBody, out error)!;
            if (body is null)
                return null;
        }

        var (mediaType, charset) = ParseContentType(fields.GetValueOrDefault("Content-Type"));
        return new HttpResponse(status, mediaType, charset, body);
    }

    /// <summary>The media type (lower case) and charset parameter of a Content-Type value.</summary>
    public static (string? MediaType, string? Charset) ParseContentType(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return (null, null);
        var parts = value.Split(';');
        string? charset = null;
        foreach (var part in parts.Skip(1))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && part[..eq].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
                charset = part[(eq + 1)..].Trim().Trim('"', '\'');
        }
        var type = parts[0].Trim().ToLowerInvariant();
        return (type.Length > 0 ? type : null, string.IsNullOrEmpty(charset) ? null : charset);
    }

    private static int FindHeaderEnd(byte[] block, out int bodyStart)
    {
        var span = block.AsSpan();
        var crlf = span.IndexOf("\r\n\r\n"u8);
        var lf = span.IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf))
        {
            bodyStart = crlf + 4;
            return crlf;
        }
        bodyStart = lf + 2;
        return lf;
    }

    /// <summary>Joins a chunked body; <paramref name="error"/> says what is wrong with a bad or cut one.</summary>
    private static byte[] Dechunk(byte[] body, out string? error)
    {
        error = null;
        using var joined = new MemoryStream(body.Length);
        var at = 0;
        while (true)
        {
            var lineEnd = Array.IndexOf(body, (byte)'\n', at);
            if (lineEnd < 0)
            {
                error = "the chunked HTTP body ends without its last chunk";
                break;
            }
            var sizeText = Encoding.Latin1.GetString(body, at, lineEnd - at).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                error = $"the chunked HTTP body has a bad chunk size \"{WarcRecordParser.Shorten(sizeText)}\"";
                break;
            }
            if (size == 0)
                break;
            var start = lineEnd + 1;
            var available = Math.Min(size, body.Length - start);
            joined.Write(body, start, available);
            if (available < size)
            {
                error = "the chunked HTTP body is cut inside a chunk";
                break;
            }
            at = start + size;
            while (at < body.Length && body[at] is (byte)'\r' or (byte)'\n')
                at++;
        }
        return joined.ToArray();
    }

    private static byte[]? Decompress(byte[] body, string coding, int maxBody, out string? error)
    {
        error = null;
        try
        {
            using var input = new MemoryStream(body);
            using Stream decoder = coding switch
            {
                "gzip" or "x-gzip" => new GZipStream(input, CompressionMode.Decompress),
                "deflate" => new ZLibStream(input, CompressionMode.Decompress),
                "br" => new BrotliStream(input, CompressionMode.Decompress),
                _ => throw new InvalidDataException($"the HTTP body has an unknown Content-Encoding \"{WarcRecordParser.Shorten(coding)}\""),
            };
            using var output = new MemoryStream();
            var buffer = new byte[64 * 1024];
            int n;
            while ((n = decoder.Read(buffer)) > 0)
            {
                if (output.Length + n > maxBody)
                    throw new InvalidDataException($"the HTTP body decompresses to more than {maxBody} bytes");
                output.Write(buffer, 0, n);
            }
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            error = e.Message.StartsWith("the HTTP body", StringComparison.Ordinal) ? e.Message : $"the HTTP body's {coding} data is corrupt: {e.Message}";
            return null;
        }
    }
}
