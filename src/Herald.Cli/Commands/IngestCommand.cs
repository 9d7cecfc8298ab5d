using System.CommandLine;
using Herald.Analysis;
using Herald.Documents;

namespace Herald.Cli.Commands;

/// <summary><c>herald ingest</c>: analyse articles and store them in the archive, each once.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Sources();
        var db = ArchiveOptions.Db();
        var published = CommonOptions.Published();
        var parallel = CommonOptions.Parallel();
        var command = new Command("ingest", "Analyse articles and store them in the archive. Articles already there (same content hash) are skipped, so a run that was stopped or killed can be run again.")
        {
            paths, db, published, parallel,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new BatchOptions
            {
                Parallelism = parse.GetValue(parallel),
                Defaults = new ArticleInfo { Published = parse.GetValue(published) },
            };
            var target = parse.GetRequiredValue(db);
            return Task.FromResult(ArchiveOptions.Run(target, create: true, archive => new IngestRun(parse.GetRequiredValue(paths), options).Execute(archive, cancellationToken)));
        });
        return command;
    }
}
