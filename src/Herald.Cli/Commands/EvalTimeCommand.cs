using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Herald.Analysis;
using Herald.Errors;
using Herald.Time;
using Herald.Time.Evaluation;

namespace Herald.Cli.Commands;

/// <summary><c>herald eval time</c>: the TempEval-3 time-expression figures on TimeML gold.</summary>
internal static class EvalTimeCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "A folder of TimeML .tml files (searched recursively); each document's creation time is its reference date.",
            Required = true,
        };
        var json = CommonOptions.Json();
        var differences = new Option<bool>("--differences") { Description = "Also list every disagreement: missed, spurious, and wrong span, type or value." };
        var command = new Command("time", "Score time expressions on TimeML gold as TempEval-3 does: strict and relaxed extent P/R/F1, type and value accuracy, value F1 (docs/time.md).")
        {
            gold, json, differences,
        };
        command.SetAction((parse, cancellationToken) =>
            Task.FromResult(Run(parse.GetRequiredValue(gold), parse.GetValue(json), parse.GetValue(differences))));
        return command;
    }

    private static int Run(string folder, bool json, bool showDifferences)
    {
        try
        {
            var documents = TimeMlReader.ReadDirectory(folder);
            var pipeline = HeraldEngine.CreateDefault(TimeStage.Default.Name).Pipeline;
            var differences = showDifferences ? new List<TimeEvaluator.Difference>() : null;
            var scores = TimeEvaluator.Evaluate(documents, pipeline, differences);
            if (json)
                Console.WriteLine(JsonSerializer.Serialize(new TimeEvalReport(folder, documents.Count, scores), EvalTimeJsonContext.Default.TimeEvalReport));
            else
                Print(folder, documents.Count, scores);
            foreach (var d in differences ?? [])
                Console.WriteLine($"{Path.GetFileName(d.Document)}\t{d.GoldText ?? "-"}\t{d.Gold?.Type ?? "-"}\t{d.Gold?.Value ?? "-"}\t{d.FoundText ?? "-"}\t{d.Found?.Type ?? "-"}\t{d.Found?.Value ?? "-"}");
            return ExitCodes.Success;
        }
        catch (HeraldException exception)
        {
            Console.Error.WriteLine($"herald: {exception.Error.Message}");
            return ExitCodes.SomeInputsFailed;
        }
    }

    private static void Print(string folder, int documents, TimeScores s)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{folder}: {documents} documents, {s.Gold} gold expressions, {s.System} found"));
        Console.WriteLine("                 precision  recall      F1");
        Console.WriteLine(string.Create(c, $"  strict extent  {s.StrictPrecision,9:F4} {s.StrictRecall,7:F4} {s.StrictF1,7:F4}"));
        Console.WriteLine(string.Create(c, $"  relaxed extent {s.RelaxedPrecision,9:F4} {s.RelaxedRecall,7:F4} {s.RelaxedF1,7:F4}"));
        Console.WriteLine(string.Create(c, $"  value          {s.ValuePrecision,9:F4} {s.ValueRecall,7:F4} {s.ValueF1,7:F4}"));
        Console.WriteLine(string.Create(c, $"  type accuracy  {s.TypeAccuracy:F4}   value accuracy {s.ValueAccuracy:F4}   (over {s.RelaxedMatches} relaxed matches)"));
    }
}

/// <summary>The figures of <c>herald eval time --json</c>.</summary>
internal sealed record TimeEvalReport(string Gold, int Documents, TimeScores Scores);

/// <summary>Source-generated JSON for <c>herald eval time --json</c>.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TimeEvalReport))]
internal sealed partial class EvalTimeJsonContext : JsonSerializerContext;
