using System.Globalization;
using Herald.Errors;

namespace Herald.Cli.Commands;

/// <summary>What the <c>herald train</c> commands share: the date, command and dev-set names meta.json records, and reporting failures.</summary>
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

    /// <summary>When a model is written, as meta.json records it (UTC, to the second).</summary>
    public static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// The command that trained a model, as meta.json records it, so that it can be run again; without the
    /// <paramref name="cacheOptions"/> (and their values), which save time but do not change the model.
    /// </summary>
    public static string CommandLine(params string[] cacheOptions)
    {
        var kept = new List<string>();
        var args = Environment.GetCommandLineArgs();
        for (var i = 1; i < args.Length; i++)
        {
            if (cacheOptions.Contains(args[i]))
                i++;
            else if (!cacheOptions.Any(option => args[i].StartsWith(option + "=", StringComparison.Ordinal)))
                kept.Add(args[i]);
        }
        return "herald " + string.Join(' ', kept);
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
