using System.Globalization;

namespace Herald.Sources.Warc;

/// <summary>The named fields of a WARC record header, case-insensitive, the first of each name kept.</summary>
internal sealed class WarcHeaders
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.OrdinalIgnoreCase);

    public string? this[string name] => _fields.GetValueOrDefault(name);

    /// <summary>The record type, such as <c>response</c>, lower-cased; empty when missing.</summary>
    public string Type => this["WARC-Type"]?.Trim().ToLowerInvariant() ?? "";

    /// <summary>The record id without its angle brackets, if given.</summary>
    public string? RecordId => Unbracket(this["WARC-Record-ID"]);

    /// <summary>The archived URI without angle brackets (WARC 1.0 writers add them), if given.</summary>
    public string? TargetUri => Unbracket(this["WARC-Target-URI"]);

    /// <summary>When the content was captured, if <c>WARC-Date</c> is a valid ISO 8601 UTC time.</summary>
    public DateTimeOffset? Date =>
        DateTimeOffset.TryParse(this["WARC-Date"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    public void Add(string name, string value) => _fields.TryAdd(name, value);

    public void Append(string name, string more) => _fields[name] = _fields[name] + " " + more;

    private static string? Unbracket(string? value)
    {
        var trimmed = value?.Trim();
        if (trimmed is { Length: >= 2 } && trimmed[0] == '<' && trimmed[^1] == '>')
            trimmed = trimmed[1..^1];
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}

/// <summary>One WARC record read from the input, or why it could not be.</summary>
/// <param name="Offset">Where the record starts: its byte offset in the file, or its gzip member's offset.</param>
/// <param name="Headers">The header fields, when they could be read.</param>
/// <param name="Block">The record block, when it was wanted and read whole.</param>
/// <param name="Error">What is wrong, when the record is bad.</param>
/// <param name="InSync">Whether the input is still positioned at the next record after this one.</param>
internal sealed record WarcRecord(long Offset, WarcHeaders? Headers, byte[]? Block, WarcProblem? Error, bool InSync);

/// <summary>A problem with one record: its catalogue entry and particulars.</summary>
internal sealed record WarcProblem(Errors.ErrorKind Kind, string Detail);
