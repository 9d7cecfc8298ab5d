using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Herald.Analysis;
using Herald.Tone;
using Herald.Tone.Evaluation;

namespace Herald.Cli.Commands;

/// <summary><c>herald eval tone</c>: Pearson's r and 3-class macro-F1 of sentence tone against human ratings.</summary>
internal static class EvalToneCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Ground truth in the VADER layout, 'id TAB rating TAB text' a line, such as nytEditorialSnippets_GroundTruth.txt.",
            Required = true,
        };
        var json = CommonOptions.Json();
        var command = new Command("tone", "Score tone against human sentiment ratings: Pearson's r and macro-F1 over negative, neutral and positive (see docs/tone.md).")
        {
            gold, json,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(parse.GetRequiredValue(gold), parse.GetValue(json), cancellationToken)));
        return command;
    }

    private static int Run(string path, bool json, CancellationToken cancellationToken)
    {
        var items = ToneGold.Read(path);
        var upToTags = HeraldEngine.CreateDefault("tagger");
        var pairs = new (double Gold, double System)[items.Count];
        Parallel.For(0, items.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var document = upToTags.Analyze(items[i].Text, cancellationToken: cancellationToken);
            pairs[i] = (items[i].Rating, ToneScorer.Default.Score(document, 0, document.TokenCount).Score);
        });
        var scores = ToneEvaluator.Score(pairs);
        if (json)
            Console.WriteLine(JsonSerializer.Serialize(scores, EvalToneJsonContext.Default.ToneScores));
        else
            Print(path, scores);
        return ExitCodes.Success;
    }

    private static void Print(string path, ToneScores s)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{path}: {s.Items} snippets"));
        Console.WriteLine(string.Create(c, $"  Pearson r  {s.Pearson:F3}"));
        Console.WriteLine(string.Create(c, $"  macro-F1   {s.MacroF1:F3}  (negative {s.NegativeF1:F3}, neutral {s.NeutralF1:F3}, positive {s.PositiveF1:F3})"));
        Console.WriteLine(string.Create(c, $"  classes    gold neutral within ±{ToneEvaluator.GoldNeutralBand} of 0 (ratings -4..4), Herald neutral within ±{ToneEvaluator.SystemNeutralBand} (scores -1..1)"));
    }
}

/// <summary>Source-generated JSON for <c>herald eval tone --json</c>.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ToneScores))]
internal sealed partial class EvalToneJsonContext : JsonSerializerContext;
