using System.Globalization;
using System.Text;
using Herald.Errors;

namespace Herald.Sources.Warc;

/// <summary>
/// Reads WARC 1.0 and 1.1 records: a version line, header fields up to a blank line, a block of
/// <c>Content-Length</c> bytes, and the CR LF CR LF that ends every record.
/// </summary>
internal static class WarcRecordParser
{
    /// <summary>The longest header line read; a longer one makes the record malformed.</summary>
    public const int MaxHeaderLine = 64 * 1024;

    /// <summary>The most header fields a record may hold.</summary>
    public const int MaxHeaderFields = 1000;

    /// <summary>The start of every record's first line.</summary>
    public static ReadOnlySpan<byte> Magic => "WARC/"u8;

    /// <summary>
    /// Reads the next record, or returns null at the end of the input. The block is read only when
    /// <paramref name="wantsBlock"/> says so and it is at most <paramref name="maxBlock"/> bytes; otherwise skipped.
    /// Corrupt compressed input gives a record with an H105 problem.
    /// </summary>
    public static WarcRecord? Next(ByteCursor cursor, Func<WarcHeaders, bool> wantsBlock, int maxBlock)
    {
        var offset = cursor.Offset;
        var headers = new WarcHeaders();
        try
        {
            return Read(cursor, headers, ref offset, wantsBlock, maxBlock);
        }
        catch (InvalidDataException e)
        {
            return new WarcRecord(offset, headers, null, new WarcProblem(ErrorCatalog.CorruptArchive, e.Message), InSync: false);
        }
    }

    private static WarcRecord? Read(ByteCursor cursor, WarcHeaders headers, ref long offset, Func<WarcHeaders, bool> wantsBlock, int maxBlock)
    {
        byte[]? line;
        do
        {
            offset = cursor.Offset;
            line = cursor.ReadLine(MaxHeaderLine, out _);
            if (line is null)
                return null;
        }
        while (line.Length == 0);

        var version = Encoding.Latin1.GetString(line);
        if (version is not ("WARC/1.0" or "WARC/1.1"))
            return Bad(offset, headers, $"expected a WARC/1.0 or WARC/1.1 version line, found \"{Shorten(version)}\"");
        var error = ReadFields(cursor, headers);
        if (error is not null)
            return Bad(offset, headers, error);
        var lengthText = headers["Content-Length"];
        if (!long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            var what = lengthText is null ? "has no Content-Length" : $"has a bad Content-Length \"{Shorten(lengthText)}\"";
            return Bad(offset, headers, $"the record {what}");
        }

        byte[]? block = null;
        WarcProblem? problem = null;
        var wanted = wantsBlock(headers);
        if (wanted && length > maxBlock)
        {
            problem = new WarcProblem(ErrorCatalog.RecordTooLarge, $"the record block is {length} bytes, more than the {maxBlock} read; skipped");
            wanted = false;
        }

        if (wanted)
            block = new byte[length];
        var got = block is null ? cursor.Skip(length) : cursor.Read(block);
        if (got < length)
            return Bad(offset, headers, $"the input ends inside the record block, after {got} of its {length} bytes (Content-Length)");

        Span<byte> end = stackalloc byte[4];
        var endLength = cursor.Read(end);
        if (!end[..endLength].SequenceEqual("\r\n\r\n"u8))
            return Bad(offset, headers, $"the block of Content-Length {length} is not followed by the CR LF CR LF that ends a record: the Content-Length is wrong or the record is cut");
        return new WarcRecord(offset, headers, block, problem, InSync: true);
    }

    private static string? ReadFields(ByteCursor cursor, WarcHeaders headers)
    {
        string? last = null;
        for (var count = 0; ; count++)
        {
            var bytes = cursor.ReadLine(MaxHeaderLine, out var tooLong);
            if (bytes is null)
                return "the input ends inside the record header";
            if (tooLong)
                return $"a header line is longer than {MaxHeaderLine} bytes";
            if (bytes.Length == 0)
                return null;
            if (count >= MaxHeaderFields)
                return $"the header has more than {MaxHeaderFields} lines";
            var line = Encoding.UTF8.GetString(bytes);
            if (line[0] is ' ' or '\t' && last is not null)
            {
                headers.Append(last, line.Trim());
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                return $"header line \"{Shorten(line)}\" is not \"Name: value\"";
            last = line[..colon].Trim();
            headers.Add(last, line[(colon + 1)..].Trim());
        }
    }

    private static WarcRecord Bad(long offset, WarcHeaders headers, string detail) =>
        new(offset, headers, null, new WarcProblem(ErrorCatalog.MalformedWarc, detail), InSync: false);

    internal static string Shorten(string value) => value.Length <= 60 ? value : string.Concat(value.AsSpan(0, 60), "…");
}
