using System.CommandLine;
using System.Globalization;
using Herald.Actors;
using Herald.Errors;
using Herald.Events;
using Herald.Events.Evaluation;

namespace Herald.Cli.Commands;

/// <summary><c>herald eval petrarch</c>: event coding against PETRARCH's validation records, with its dictionaries.</summary>
internal static class EvalPetrarchCommand
{
    public static Command Create()
    {
        var records = new Option<string>("--records")
        {
            Description = "The PETRARCH validation records (PETR.UnitTest.records.xml).",
            Required = true,
        };
        var dictionaries = new Option<string>("--dictionaries")
        {
            Description = "The folder with PETR.Validate.verbs.txt, PETR.Validate.actors.txt and PETR.Validate.agents.txt (and, if present, PETR.Validate.discards.txt).",
            Required = true,
        };
        var details = new Option<string?>("--details")
        {
            Description = "Also write each record with a missed or extra coding (id, text, expected and coded) to this file.",
        };
        var command = new Command("petrarch", "Code each record's text with Herald's pipeline and the PETRARCH validation dictionaries; report correct, missed and extra codings overall and per category (docs/events.md).")
        {
            records, dictionaries, details,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(parse.GetRequiredValue(records), parse.GetRequiredValue(dictionaries), parse.GetValue(details), cancellationToken)));
        return command;
    }

    private static int Run(string recordsPath, string folder, string? detailsPath, CancellationToken cancellationToken)
    {
        try
        {
            var records = PetrarchRecords.Read(recordsPath);
            var discards = Path.Combine(folder, "PETR.Validate.discards.txt");
            var verbs = PetrarchVerbDictionary.Load(Path.Combine(folder, "PETR.Validate.verbs.txt"), File.Exists(discards) ? PetrarchDiscards.Load(discards) : null);
            var actors = new ActorStage(ActorDictionary.LoadPetrarch(Path.Combine(folder, "PETR.Validate.actors.txt"), Path.Combine(folder, "PETR.Validate.agents.txt"))) { PlacesAreActors = true };
            var score = PetrarchEvaluator.Evaluate(records, actors, verbs, cancellationToken);
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"{recordsPath}: {records.Count} records, {score.Overall.Expected} expected codings"));
            Console.WriteLine(string.Create(c, $"  {"category",-10} {"expected",8} {"correct",8} {"missed",8} {"extra",8} {"correct%",9} {"extra%",8}"));
            foreach (var (name, counts) in score.Categories.OrderBy(p => p.Key, StringComparer.Ordinal).Append(new("all", score.Overall)))
                Console.WriteLine(string.Create(c, $"  {name,-10} {counts.Expected,8} {counts.Correct,8} {counts.Missed,8} {counts.Extra,8} {counts.CorrectShare,9:P1} {counts.ExtraShare,8:P1}"));
            if (detailsPath is not null)
            {
                using var writer = new StreamWriter(detailsPath);
                PetrarchDetails.Write(score, writer);
            }
            return ExitCodes.Success;
        }
        catch (HeraldException exception)
        {
            Console.Error.WriteLine($"herald: {exception.Error.Message}");
            return ExitCodes.SomeInputsFailed;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"herald: {new HeraldError(ErrorCatalog.Unreadable, detailsPath ?? recordsPath, exception.Message).Message}");
            return ExitCodes.SomeInputsFailed;
        }
    }
}
