using Herald.Errors;

namespace Herald.Cli.Commands;

/// <summary>What the <c>herald train</c> commands share: naming dev sets in meta.json and reporting failures.</summary>
internal static class ModelTraining
{
    private static readonly string[] s_dataSuffixes = [".gz", ".conllu", ".iob2", ".conll"];

    /// <summary>The name a dev file's scores go under: its file name without <c>.gz</c> and its data extension.</summary>
    public static string DatasetName(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var suffix in s_dataSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                name = name[..^suffix.Length];
        }
        return name;
    }

    /// <summary>Whether <paramref name="exception"/> is a failure to report in one line rather than a bug.</summary>
    public static bool IsReportable(Exception exception) =>
        exception is HeraldException or IOException or UnauthorizedAccessException or InvalidDataException;

    /// <summary>Prints the failure in one line on stderr and returns the exit code for it.</summary>
    public static int Report(Exception exception, string output)
    {
        var error = exception is HeraldException herald ? herald.Error : new HeraldError(ErrorCatalog.OutputFailed, output, exception.Message);
        Console.Error.WriteLine($"herald: {error.Message}");
        return ExitCodes.SomeInputsFailed;
    }
}
