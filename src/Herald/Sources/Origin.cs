namespace Herald.Sources;

/// <summary>Where an article came from, for messages: the input path, the line, the record id.</summary>
/// <param name="Input">The path as the user gave it, or <c>-</c> for standard input.</param>
/// <param name="Line">The 1-based line of a JSONL record or of the first line of a text part; 0 when it does not apply.</param>
/// <param name="RecordId">The record's own id, if it has one.</param>
public sealed record Origin(string Input, long Line = 0, string? RecordId = null)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var where = Line > 0 ? $"{Input}:{Line}" : Input;
        return RecordId is null ? where : $"{where} ({RecordId})";
    }
}
