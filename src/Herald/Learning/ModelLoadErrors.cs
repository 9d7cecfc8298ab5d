using Herald.Errors;

namespace Herald.Learning;

/// <summary>What a model loader reports when its file cannot be used, one way for every kind of model.</summary>
internal static class ModelLoadErrors
{
    /// <summary>Whether <paramref name="exception"/> is one that reading a model file may raise.</summary>
    public static bool IsLoadFailure(Exception exception) =>
        exception is InvalidDataException or IOException or UnauthorizedAccessException or ArgumentException;

    /// <summary>
    /// The error for a model file at <paramref name="path"/> that could not be loaded: bytes that are not a model this
    /// Herald reads (another version, another kind, cut short) are an unusable model; a file that cannot be read is unreadable.
    /// </summary>
    public static HeraldException From(string path, Exception exception)
    {
        var unusable = exception is InvalidDataException or EndOfStreamException or ArgumentException;
        return new HeraldException(new HeraldError(unusable ? ErrorCatalog.UnusableModel : ErrorCatalog.Unreadable, path, exception.Message), exception);
    }
}
