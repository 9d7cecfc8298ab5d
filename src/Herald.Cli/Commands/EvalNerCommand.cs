using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Herald.Entities.Recognition;
using Herald.Errors;
using Herald.Syntax.Tagging;

namespace Herald.Cli.Commands;

/// <summary><c>herald eval ner</c>: exact-span precision, recall and F1 (as conlleval) on gold-tokenised files.</summary>
internal static class EvalNerCommand
{
    public static Command Create()
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "Gold files: CoNLL-2003 (IOB1 or IOB2) or UNER IOB2, plain or .gz; each is scored on its own tokens.",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        var model = new Option<string?>("--model", "-m") { Description = "The NER model folder (default: the installed models/ner)." };
        var json = CommonOptions.Json();
        var command = new Command("ner", "Score the named-entity recognizer on gold files: our tagger, then NER, on the gold tokens; exact-span micro P/R/F1 overall and per type, as conlleval. On files without MISC (UNER), predicted MISC is left out.")
        {
            gold, model, json,
        };
        command.SetAction((parse, cancellationToken) =>
            Task.FromResult(Run(parse.GetRequiredValue(gold), parse.GetValue(model), parse.GetValue(json))));
        return command;
    }

    private static int Run(string[] files, string? modelDirectory, bool json)
    {
        try
        {
            var model = modelDirectory is null ? NerModel.LoadDefault() : NerModel.Load(modelDirectory);
            var results = new Dictionary<string, NerScores>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var examples = NerCorpus.Read(file).Select(d => NerExample.Prepare(d, TaggerStage.Default)).ToList();
                var scores = NerEvaluator.Evaluate(model, examples);
                results[file] = scores;
                if (!json)
                    Print(file, scores);
            }
            if (json)
                Console.WriteLine(JsonSerializer.Serialize(results, EvalNerJsonContext.Default.DictionaryStringNerScores));
            return ExitCodes.Success;
        }
        catch (HeraldException exception)
        {
            Console.Error.WriteLine($"herald: {exception.Error.Message}");
            return ExitCodes.SomeInputsFailed;
        }
    }

    private static void Print(string file, NerScores scores)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(file);
        Console.WriteLine("  type       gold  found  correct  precision  recall      F1");
        foreach (var t in scores.Types.Prepend(scores.Overall))
            Console.WriteLine(string.Create(c, $"  {t.Type,-8} {t.Gold,6} {t.Found,6} {t.Correct,8} {t.Precision,10:F2} {t.Recall,7:F2} {t.F1,7:F2}"));
    }
}

/// <summary>Source-generated JSON for <c>herald eval ner --json</c>.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Dictionary<string, NerScores>))]
internal sealed partial class EvalNerJsonContext : JsonSerializerContext;
