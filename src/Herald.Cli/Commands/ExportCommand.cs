using System.CommandLine;
using System.Text;
using Herald.Errors;
using Herald.Storage;
using Herald.Storage.Export;
using Herald.Storage.Schema;

namespace Herald.Cli.Commands;

/// <summary><c>herald export</c>: the archive in the formats researchers load into R, pandas or Spark.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "gdelt: the events in GDELT 2.0's event-table layout (tab-separated, no header); jsonl: every herald/1 record; csv (RFC 4180) or parquet: one table (--table).",
            Required = true,
        };
        format.AcceptOnlyFromAmong("gdelt", "jsonl", "csv", "parquet");
        var table = new Option<string>("--table", "-t")
        {
            Description = "The table for csv and parquet.",
            DefaultValueFactory = _ => ArchiveTables.Articles.Name,
        };
        table.AcceptOnlyFromAmong([.. ArchiveTables.All.Select(t => t.Name)]);
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of standard output (required for parquet)." };
        var db = ArchiveOptions.Db();
        var command = new Command("export", "Export the archive: events as GDELT, records as JSONL, a table as CSV or Parquet.") { format, table, output, db };
        command.Validators.Add(r =>
        {
            if (r.GetValue(format) == "parquet" && r.GetValue(output) is null)
                r.AddError("parquet is binary: give --out FILE.");
        });
        command.SetAction(parse => ArchiveOptions.Run(parse.GetRequiredValue(db), create: false, archive =>
        {
            var file = parse.GetValue(output);
            try
            {
                using var stream = file is null ? Console.OpenStandardOutput() : file.Create();
                Write(archive, parse.GetRequiredValue(format), ArchiveTables.Find(parse.GetRequiredValue(table))!, stream);
            }
            catch (IOException exception) when (file is not null)
            {
                throw new HeraldException(new HeraldError(ErrorCatalog.OutputFailed, file.FullName, exception.Message), exception);
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Write(IArchive archive, string format, Table table, Stream stream)
    {
        if (format == "parquet")
        {
            ParquetExport.WriteAsync(table, archive.Read(table), stream).GetAwaiter().GetResult();
            return;
        }
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        switch (format)
        {
            case "gdelt":
                GdeltExport.Write(archive, writer);
                break;
            case "jsonl":
                foreach (var record in archive.Records())
                    writer.Write(record + "\n");
                break;
            default:
                Csv.WriteRow(writer, table.Columns.Where(c => c.Exported).Select(c => c.Name));
                foreach (var row in archive.Read(table))
                    Csv.WriteRow(writer, row);
                break;
        }
    }
}
