using System.IO.Compression;
using System.Text;
using Herald.Errors;

namespace Herald.Actors;

/// <summary>Opens dictionary files (plain or gzip) as UTF-8 text, with Herald's errors for missing or unreadable files.</summary>
internal static class DictionaryFiles
{
    public static void Read(string path, Action<TextReader> read)
    {
        if (!File.Exists(path))
            throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, path, "actor dictionary file not found"));
        try
        {
            using var file = File.OpenRead(path);
            using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            read(reader);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new HeraldException(new HeraldError(ErrorCatalog.Unreadable, path, exception.Message));
        }
    }
}
