namespace Herald.Errors;

/// <summary>Thrown where a <see cref="HeraldError"/> must stop the current input.</summary>
public sealed class HeraldException : Exception
{
    /// <summary>Wraps <paramref name="error"/>.</summary>
    public HeraldException(HeraldError error, Exception? inner = null) : base(error?.Message, inner)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>The reported problem.</summary>
    public HeraldError Error { get; }
}
