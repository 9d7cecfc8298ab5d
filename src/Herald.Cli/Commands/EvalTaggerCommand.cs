using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Herald.Documents;
using Herald.Errors;
using Herald.Syntax.Conllu;
using Herald.Syntax.Tagging;

namespace Herald.Cli.Commands;

/// <summary><c>herald eval tagger</c>: UPOS, XPOS and lemma accuracy on gold-tokenised CoNLL-U.</summary>
internal static class EvalTaggerCommand
{
    public static Command Create()
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "Gold CoNLL-U files (.conllu or .conllu.gz); each is scored on its own gold tokenisation.",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        var model = new Option<string?>("--model", "-m") { Description = "The model folder (default: the installed models/tagger)." };
        var json = CommonOptions.Json();
        var errors = new Option<int>("--errors")
        {
            Description = "Also list the N most frequent tag and lemma errors.",
            DefaultValueFactory = _ => 0,
        };
        var command = new Command("tagger", "Score the tagger and lemmatizer on gold CoNLL-U: UPOS, XPOS, both, lemma, and UPOS on words unseen in training.")
        {
            gold, model, json, errors,
        };
        command.SetAction((parse, cancellationToken) =>
            Task.FromResult(Run(parse.GetRequiredValue(gold), parse.GetValue(model), parse.GetValue(json), parse.GetValue(errors))));
        return command;
    }

    private static int Run(string[] files, string? modelDirectory, bool json, int errors)
    {
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var model = modelDirectory is null ? TaggerModel.LoadDefault() : TaggerModel.Load(modelDirectory);
            if (!json)
                Console.WriteLine($"model loaded in {clock.ElapsedMilliseconds} ms");
            var results = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var tagErrors = new Dictionary<string, int>(StringComparer.Ordinal);
                var lemmaErrors = new Dictionary<string, int>(StringComparer.Ordinal);
                void Collect(ConlluWord word, Token token)
                {
                    if (token.Upos != word.Upos || token.Xpos != word.Xpos)
                        Increment(tagErrors, $"{word.Upos}/{word.Xpos} -> {token.Upos}/{token.Xpos}");
                    if (token.Lemma != word.Lemma)
                        Increment(lemmaErrors, $"{word.Form}/{word.Xpos}: {word.Lemma} -> {token.Lemma} (tagged {token.Xpos})");
                }
                var scores = TaggerEvaluator.Evaluate(model, ConlluReader.ReadFile(file), errors > 0 ? Collect : null);
                results[file] = scores.ToDictionary();
                if (!json)
                    PrintScores(file, scores);
                if (errors > 0)
                {
                    PrintTop("tag errors (gold -> predicted)", tagErrors, errors, json);
                    PrintTop("lemma errors (gold -> predicted)", lemmaErrors, errors, json);
                }
            }
            if (json)
                Console.WriteLine(JsonSerializer.Serialize(results, EvalTaggerJsonContext.Default.DictionaryStringIReadOnlyDictionaryStringDouble));
            return ExitCodes.Success;
        }
        catch (HeraldException exception)
        {
            Console.Error.WriteLine($"herald: {exception.Error.Message}");
            return ExitCodes.SomeInputsFailed;
        }
    }

    private static void PrintScores(string file, TaggerScores scores)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(file);
        Console.WriteLine(string.Create(c, $"  words       {scores.Words,8:N0}"));
        Console.WriteLine(string.Create(c, $"  UPOS        {scores.Upos,8:F2}"));
        Console.WriteLine(string.Create(c, $"  XPOS        {scores.Xpos,8:F2}"));
        Console.WriteLine(string.Create(c, $"  UPOS+XPOS   {scores.Joint,8:F2}"));
        Console.WriteLine(string.Create(c, $"  lemma       {scores.Lemma,8:F2}"));
        Console.WriteLine(string.Create(c, $"  unseen UPOS {scores.UnseenUpos,8:F2}  ({scores.Unseen:N0} words unseen in training)"));
    }

    private static void PrintTop(string title, Dictionary<string, int> counts, int top, bool json)
    {
        var output = json ? Console.Error : Console.Out;
        output.WriteLine($"  {title}:");
        foreach (var (what, count) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top))
            output.WriteLine($"    {count,5}  {what}");
    }

    private static void Increment(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}

/// <summary>Source-generated JSON for <c>herald eval tagger --json</c>.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(Dictionary<string, IReadOnlyDictionary<string, double>>))]
internal sealed partial class EvalTaggerJsonContext : JsonSerializerContext;
