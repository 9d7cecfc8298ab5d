using System.CommandLine;
using System.Text.Json;
using Herald.Errors;
using Herald.Syntax.Conllu;
using Herald.Syntax.Evaluation;

namespace Herald.Cli.Commands;

/// <summary><c>herald eval conllu</c>: the CoNLL 2018 shared task metrics of any system's CoNLL-U against gold CoNLL-U.</summary>
internal static class EvalConlluCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold", "-g") { Description = "The gold CoNLL-U file (.conllu or .conllu.gz).", Required = true };
        var system = new Option<string>("--system", "-s") { Description = "The system's CoNLL-U file over the same text.", Required = true };
        var json = CommonOptions.Json();
        var command = new Command("conllu",
            "Score a system's CoNLL-U against gold CoNLL-U: tokens, sentences, words, UPOS, XPOS, lemmas, UAS and LAS (CoNLL 2018 shared task metrics).")
        {
            gold, system, json,
        };
        command.SetAction(parse => Run(parse.GetRequiredValue(gold), parse.GetRequiredValue(system), parse.GetValue(json), Console.Out, Console.Error));
        return command;
    }

    private static int Run(string goldPath, string systemPath, bool json, TextWriter output, TextWriter errors)
    {
        ConlluScores scores;
        try
        {
            scores = ConlluEvaluator.Evaluate(ConlluReader.ReadFile(goldPath), ConlluReader.ReadFile(systemPath), goldPath, systemPath);
        }
        catch (HeraldException e)
        {
            errors.WriteLine($"herald: {e.Error.Message}");
            return ExitCodes.SomeInputsFailed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            errors.WriteLine($"herald: {new HeraldError(ErrorCatalog.Unreadable, goldPath + " / " + systemPath, e.Message).Message}");
            return ExitCodes.SomeInputsFailed;
        }

        if (json)
        {
            using var stream = Console.OpenStandardOutput();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
                ScoreReport.WriteJson(writer, scores.Metrics());
            stream.WriteByte((byte)'\n');
            return ExitCodes.Success;
        }
        output.WriteLine($"gold: {goldPath}");
        output.WriteLine($"system: {systemPath}");
        ScoreReport.WriteTable(output, scores.Metrics());
        return ExitCodes.Success;
    }
}
