using System.CommandLine;
using Herald.Cli.Output;
using Herald.Errors;
using Herald.Records;

namespace Herald.Cli.Commands;

/// <summary><c>herald show ID</c>: one archived article with its annotations marked in the text.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The archive id (from search, quotes...) or the article's own id." };
        var db = ArchiveOptions.Db();
        var json = new Option<bool>("--json") { Description = "Print the stored herald/1 record instead." };
        var command = new Command("show", "Print one archived article with its entities, times and quotes marked in the text.") { id, db, json };
        command.SetAction(parse => ArchiveOptions.Run(parse.GetRequiredValue(db), create: false, archive =>
        {
            var wanted = parse.GetRequiredValue(id);
            var stored = archive.FindRecord(wanted)
                ?? throw new HeraldException(new HeraldError(ErrorCatalog.ArchiveFailed, archive.Description, $"no article with id '{wanted}'"));
            Console.Out.WriteLine(parse.GetValue(json) ? stored : AnnotatedText.Render(RecordWriter.Parse(stored)!));
            return ExitCodes.Success;
        }));
        return command;
    }
}
