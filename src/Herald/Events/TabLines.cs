using Herald.Errors;

namespace Herald.Events;

/// <summary>Reads the compiled tab-separated event tables: '#' lines are comments, each other line has a fixed number of fields.</summary>
internal static class TabLines
{
    /// <summary>The fields of each data line of <paramref name="path"/>, with its line number.</summary>
    /// <exception cref="HeraldException">The file is missing, or a line has not <paramref name="columns"/> fields (the message says what was <paramref name="expected"/>).</exception>
    public static IEnumerable<(string[] Fields, int Number)> Read(string path, int columns, string expected)
    {
        if (!File.Exists(path))
            throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, path));
        return Lines(path, columns, expected);
    }

    private static IEnumerable<(string[] Fields, int Number)> Lines(string path, int columns, string expected)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var fields = line.Split('\t');
            if (fields.Length != columns)
                throw Malformed(path, number, expected);
            yield return (fields, number);
        }
    }

    /// <summary>The error for line <paramref name="number"/> of <paramref name="path"/>.</summary>
    public static HeraldException Malformed(string path, int number, string expected) =>
        new(new HeraldError(ErrorCatalog.MalformedEventData, $"{path}:{number}", $"expected {expected}"));
}
