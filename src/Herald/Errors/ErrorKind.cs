namespace Herald.Errors;

/// <summary>One entry of the error catalogue: a stable code and what it means.</summary>
/// <param name="Code">Stable code, such as <c>H102</c>; warnings start with <c>W</c>.</param>
/// <param name="Title">What is wrong, in a few words.</param>
/// <param name="Hint">What the user can do about it.</param>
public sealed record ErrorKind(string Code, string Title, string Hint)
{
    /// <summary>Whether this is a warning (the input was still analysed) rather than an error.</summary>
    public bool IsWarning => Code.StartsWith('W');
}
