using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Herald.Errors;
using Herald.Syntax.Conllu;
using Herald.Syntax.Evaluation;
using Herald.Syntax.Parsing;
using Herald.Syntax.Tagging;

namespace Herald.Cli.Commands;

/// <summary><c>herald eval parser</c>: UAS and LAS on the gold words and from the raw text (CoNLL 2018).</summary>
internal static class EvalParserCommand
{
    public static Command Create()
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "Gold CoNLL-U files (.conllu or .conllu.gz).",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        var model = new Option<string?>("--model", "-m") { Description = "The parser model folder (default: the installed models/parser)." };
        var tagger = new Option<string?>("--tagger") { Description = "The tagger model folder (default: the installed models/tagger)." };
        var json = CommonOptions.Json();
        var speed = new Option<bool>("--speed") { Description = "Also time the parser alone (tags computed first, untimed) on one thread, in words per second." };
        var command = new Command("parser",
            "Score the dependency parser: UAS and LAS on the gold words with predicted tags, and from the raw text through the whole pipeline (CoNLL 2018 aligned scores).")
        {
            gold, model, tagger, json, speed,
        };
        command.SetAction((parse, cancellationToken) =>
            Task.FromResult(Run(parse.GetRequiredValue(gold), parse.GetValue(model), parse.GetValue(tagger), parse.GetValue(json), parse.GetValue(speed))));
        return command;
    }

    private static int Run(string[] files, string? modelDirectory, string? taggerDirectory, bool json, bool speed)
    {
        ParserModel parser;
        TaggerModel tagger;
        try
        {
            tagger = taggerDirectory is null ? TaggerModel.LoadDefault() : TaggerModel.Load(taggerDirectory);
            parser = modelDirectory is null ? ParserModel.LoadDefault() : ParserModel.Load(modelDirectory, tagger);
        }
        catch (HeraldException exception)
        {
            Console.Error.WriteLine($"herald: {exception.Error.Message}");
            return ExitCodes.SomeInputsFailed;
        }
        var results = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        var exit = ExitCodes.Success;
        foreach (var file in files)
        {
            try
            {
                if (!File.Exists(file))
                    throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, file));
                var sentences = ConlluReader.ReadFile(file).ToList();
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var goldWords = ParserEvaluator.EvaluateGoldWords(parser, tagger, sentences, file);
                var goldSeconds = clock.Elapsed.TotalSeconds;
                var raw = ParserEvaluator.EvaluateRawText(parser, tagger, sentences, file);
                var figures = new Dictionary<string, double>
                {
                    ["words"] = goldWords.Words.Gold,
                    ["goldWords.UAS"] = Percent(goldWords.Uas.F1),
                    ["goldWords.LAS"] = Percent(goldWords.Las.F1),
                    ["goldWords.UPOS"] = Percent(goldWords.Upos.F1),
                    ["rawText.Words"] = Percent(raw.Words.F1),
                    ["rawText.Sentences"] = Percent(raw.Sentences.F1),
                    ["rawText.UAS"] = Percent(raw.Uas.F1),
                    ["rawText.LAS"] = Percent(raw.Las.F1),
                };
                if (speed)
                    figures["parserWordsPerSecond"] = Math.Round(ParserEvaluator.ParserSpeed(parser, tagger, sentences));
                results[file] = figures;
                if (!json)
                    Print(file, figures, goldSeconds);
            }
            catch (HeraldException exception)
            {
                Console.Error.WriteLine($"herald: {exception.Error.Message}");
                exit = ExitCodes.SomeInputsFailed;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                Console.Error.WriteLine($"herald: {new HeraldError(ErrorCatalog.Unreadable, file, exception.Message).Message}");
                exit = ExitCodes.SomeInputsFailed;
            }
        }
        if (json)
            Console.WriteLine(JsonSerializer.Serialize(results, EvalParserJsonContext.Default.DictionaryStringIReadOnlyDictionaryStringDouble));
        return exit;
    }

    private static double Percent(double value) => Math.Round(100 * value, 2);

    private static void Print(string file, Dictionary<string, double> f, double seconds)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(file);
        Console.WriteLine(string.Create(c, $"  gold words, predicted tags   UAS {f["goldWords.UAS"],6:F2}  LAS {f["goldWords.LAS"],6:F2}  (UPOS {f["goldWords.UPOS"]:F2}; {f["words"]:N0} words tagged and parsed in {seconds:F1} s)"));
        Console.WriteLine(string.Create(c, $"  raw text (CoNLL 2018)        UAS {f["rawText.UAS"],6:F2}  LAS {f["rawText.LAS"],6:F2}  (words F1 {f["rawText.Words"]:F2}, sentences F1 {f["rawText.Sentences"]:F2})"));
        if (f.TryGetValue("parserWordsPerSecond", out var wps))
            Console.WriteLine(string.Create(c, $"  parser alone, one thread     {wps:N0} words/s"));
    }
}

/// <summary>Source-generated JSON for <c>herald eval parser --json</c>.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(Dictionary<string, IReadOnlyDictionary<string, double>>))]
internal sealed partial class EvalParserJsonContext : JsonSerializerContext;
