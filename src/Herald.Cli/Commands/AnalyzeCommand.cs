using System.CommandLine;
using Herald.Actors;
using Herald.Analysis;
using Herald.Cli.Output;
using Herald.Documents;
using Herald.Sources;

namespace Herald.Cli.Commands;

/// <summary><c>herald analyze</c>: analyse articles and print their records.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, directories, or - for standard input. Reads .txt, .html, .jsonl, .warc, .rss, .atom and their .gz forms.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: a summary for people; json: one indented record (an array for several); jsonl: one record per line; conllu: Universal Dependencies CoNLL-U; gdelt: tab-separated GDELT 2.0 event rows.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "jsonl", "conllu", "gdelt");
        var ontology = new Option<string>("--ontology")
        {
            Description = "The event ontology shown beside CAMEO codes: cameo (the codes alone) or plover (each event's PLOVER type, mode and context too).",
            DefaultValueFactory = _ => "cameo",
        };
        ontology.AcceptOnlyFromAmong("cameo", "plover");
        var published = CommonOptions.Published();
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var tokens = new Option<bool>("--tokens") { Description = "Include the tokens in json and jsonl records." };
        var parallel = CommonOptions.Parallel();
        var actors = new Option<FileInfo?>("--actors") { Description = "A PETRARCH actor dictionary to add to Herald's (its entries win); see docs/actors.md." };
        var agents = new Option<FileInfo?>("--agents") { Description = "A PETRARCH agent dictionary to add to Herald's." };

        var command = new Command("analyze", "Analyse articles and print one record per article, in input order.")
        {
            paths, format, published, output, tokens, parallel, ontology, actors, agents,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new BatchOptions
            {
                Parallelism = parse.GetValue(parallel),
                Defaults = new ArticleInfo { Published = parse.GetValue(published) },
            };
            var run = new AnalyzeRun(
                parse.GetRequiredValue(paths),
                RecordSink.For(parse.GetRequiredValue(format), parse.GetValue(tokens), parse.GetRequiredValue(ontology)),
                parse.GetValue(output),
                options,
                ActorDictionaries(parse.GetValue(actors), parse.GetValue(agents)));
            return Task.FromResult(run.Execute(cancellationToken));
        });
        return command;
    }

    // Herald's dictionary with the user's PETRARCH dictionaries merged in, or null to keep the default. Entries that
    // cannot be read are reported and skipped.
    private static ActorDictionary? ActorDictionaries(FileInfo? actors, FileInfo? agents)
    {
        if (actors is null && agents is null)
            return null;
        var user = ActorDictionary.LoadPetrarch(actors?.FullName, agents?.FullName);
        foreach (var warning in user.Warnings)
            Console.Error.WriteLine($"herald: skipped a dictionary entry at {warning}");
        return ActorDictionary.Default.Merge(user);
    }
}
