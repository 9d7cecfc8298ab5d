using System.CommandLine;
using System.Data.Common;
using Herald.Cli.Output;
using Herald.Errors;
using Herald.Storage;

namespace Herald.Cli.Commands;

/// <summary>The options of the archive commands and opening the archive they name.</summary>
internal static class ArchiveOptions
{
    public static Option<string> Db() => new("--db")
    {
        Description = $"The archive: a SQLite file (default {Archives.DefaultPath}) or postgres://user:password@host:port/database.",
        DefaultValueFactory = _ => Archives.DefaultPath,
    };

    public static Option<string> Format()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "table: aligned columns for people; json, jsonl or csv (RFC 4180) for programs.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong(ResultWriter.Formats);
        return format;
    }

    public static Option<int> Limit(int defaultValue, string name = "--limit") => new(name)
    {
        Description = "The most rows to print.",
        DefaultValueFactory = _ => defaultValue,
        Validators = { r => { if (r.GetValueOrDefault<int>() < 1) r.AddError($"{name} must be at least 1."); } },
    };

    public static Option<string?> Day(string name, string what) => new(name) { Description = $"{what} (ISO 8601 day, e.g. 2018-10-23)." };

    /// <summary>
    /// Opens the archive at <paramref name="target"/> and runs <paramref name="action"/> on it. Failures of the
    /// database become one clear error; a query command does not create a SQLite file that is not there.
    /// </summary>
    public static int Run(string target, bool create, Func<IArchive, int> action)
    {
        var shown = Archives.Redact(target);
        if (!create && !Archives.IsPostgres(target) && !File.Exists(target))
            throw new HeraldException(new HeraldError(ErrorCatalog.ArchiveFailed, shown, "no archive there; create one with 'herald ingest'"));
        try
        {
            using var archive = Archives.Open(target);
            return action(archive);
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException or IOException or UnauthorizedAccessException or FormatException or System.Net.Sockets.SocketException)
        {
            throw new HeraldException(new HeraldError(ErrorCatalog.ArchiveFailed, shown, exception.Message), exception);
        }
    }
}
