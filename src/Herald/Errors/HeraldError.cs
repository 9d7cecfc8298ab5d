namespace Herald.Errors;

/// <summary>One reported problem: what kind, which input, and the particulars.</summary>
/// <param name="Kind">The catalogue entry.</param>
/// <param name="Input">The input it concerns: <c>file</c>, <c>file:line</c>, or <c>file:line (id)</c>.</param>
/// <param name="Detail">The particulars, such as the byte offset or the parser's message.</param>
public sealed record HeraldError(ErrorKind Kind, string Input, string? Detail = null)
{
    /// <summary>One line for a person: <c>file:line: error H110: malformed JSON: detail (hint)</c>.</summary>
    public string Message
    {
        get
        {
            var level = Kind.IsWarning ? "warning" : "error";
            var detail = string.IsNullOrEmpty(Detail) ? "" : $": {Detail}";
            return $"{Input}: {level} {Kind.Code}: {Kind.Title}{detail} ({Kind.Hint})";
        }
    }

    /// <inheritdoc />
    public override string ToString() => Message;
}
