using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Herald.Analysis;
using Herald.Errors;
using Herald.Quotes.Evaluation;
using Herald.Syntax.Evaluation;

namespace Herald.Cli.Commands;

/// <summary><c>herald eval quotes</c>: quote content, source and direct-quote figures against PolNeAR brat files.</summary>
internal static class EvalQuotesCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "A PolNeAR folder: text/NAME.txt and attributions/NAME_ANNOTATOR.ann (brat); the first annotator's file of each text is used.",
            Required = true,
        };
        var json = CommonOptions.Json();
        var details = new Option<string?>("--details")
        {
            Description = "Also write every missed, extra and wrong-source quote to this file, one a line: document, kind, direct, content, gold cue, gold source, predicted source (tab-separated).",
        };
        var command = new Command("quotes", "Score quote extraction against gold attributions: content P/R/F1 exact and by overlap, source accuracy on matched contents, and the same for direct quotes (see docs/quotes.md).")
        {
            gold, json, details,
        };
        command.SetAction((parse, cancellationToken) =>
            Task.FromResult(Run(parse.GetRequiredValue(gold), parse.GetValue(json), parse.GetValue(details), cancellationToken)));
        return command;
    }

    private static int Run(string folder, bool json, string? detailsPath, CancellationToken cancellationToken)
    {
        var texts = Path.Combine(folder, "text");
        var annotations = Path.Combine(folder, "attributions");
        if (!Directory.Exists(texts) || !Directory.Exists(annotations))
        {
            Console.Error.WriteLine($"herald: {folder}: expected the folders text/ and attributions/ of a PolNeAR split");
            return ExitCodes.SomeInputsFailed;
        }
        var pairs = Directory.EnumerateFiles(annotations, "*.ann").Order(StringComparer.Ordinal)
            .Select(ann => (Ann: ann, Text: Path.Combine(texts, TextName(ann) + ".txt")))
            .Where(p => File.Exists(p.Text))
            .DistinctBy(p => p.Text)
            .ToList();
        var engine = HeraldEngine.CreateDefault();
        var total = QuoteScores.Zero;
        var failures = 0;
        var gate = new object();
        var differences = new SortedDictionary<string, IReadOnlyList<QuoteDifference>>(StringComparer.Ordinal);
        Parallel.ForEach(pairs, new ParallelOptions { CancellationToken = cancellationToken }, pair =>
        {
            try
            {
                var text = File.ReadAllText(pair.Text);
                var comparison = QuoteEvaluator.Compare(engine.Analyze(text), BratAttributions.Read(pair.Ann, text));
                lock (gate)
                {
                    total += comparison.Scores;
                    differences[Path.GetFileNameWithoutExtension(pair.Text)] = comparison.Differences;
                }
            }
            catch (Exception e) when (e is InvalidDataException or IOException or HeraldException)
            {
                lock (gate)
                    failures++;
                Console.Error.WriteLine($"herald: {pair.Ann}: {e.Message}");
            }
        });
        if (detailsPath is not null)
            WriteDetails(detailsPath, differences);
        var figures = Figures(total, pairs.Count - failures);
        if (json)
            Console.WriteLine(JsonSerializer.Serialize(figures, EvalQuotesJsonContext.Default.DictionaryStringDouble));
        else
            Print(folder, figures);
        return failures == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }

    private static void WriteDetails(string path, SortedDictionary<string, IReadOnlyList<QuoteDifference>> differences)
    {
        using var writer = new StreamWriter(path);
        foreach (var (document, list) in differences)
        {
            foreach (var d in list)
                writer.WriteLine(string.Join('\t', document, d.Kind, d.Direct ? "direct" : "indirect", OneLine(d.Content), OneLine(d.GoldCue), OneLine(d.GoldSource), OneLine(d.PredictedSource)));
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    // "name_d473.ann" -> "name"
    private static string TextName(string annPath)
    {
        var name = Path.GetFileNameWithoutExtension(annPath);
        var underscore = name.LastIndexOf('_');
        return underscore > 0 ? name[..underscore] : name;
    }

    private static Dictionary<string, double> Figures(QuoteScores s, int documents) => new(StringComparer.Ordinal)
    {
        ["documents"] = documents,
        ["goldAttributions"] = s.OverlapContent.Gold,
        ["predictedQuotes"] = s.OverlapContent.System,
        ["exactPrecision"] = Round(s.ExactContent.Precision),
        ["exactRecall"] = Round(s.ExactContent.Recall),
        ["exactF1"] = Round(s.ExactContent.F1),
        ["overlapPrecision"] = Round(s.OverlapContent.Precision),
        ["overlapRecall"] = Round(s.OverlapContent.Recall),
        ["overlapF1"] = Round(s.OverlapContent.F1),
        ["sourceAccuracy"] = Round(s.SourceOnMatched.AlignedAccuracy),
        ["sourcePairs"] = s.SourceOnMatched.Aligned,
        ["directGold"] = s.DirectContent.Gold,
        ["directPredicted"] = s.DirectContent.System,
        ["directPrecision"] = Round(s.DirectContent.Precision),
        ["directRecall"] = Round(s.DirectContent.Recall),
        ["directF1"] = Round(s.DirectContent.F1),
        ["directSourceAccuracy"] = Round(s.SourceOnDirect.AlignedAccuracy),
        ["directSourcePairs"] = s.SourceOnDirect.Aligned,
    };

    private static double Round(double value) => Math.Round(value, 4);

    private static void Print(string folder, Dictionary<string, double> f)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{folder}: {f["documents"]} documents, {f["goldAttributions"]} gold attributions, {f["predictedQuotes"]} quotes found"));
        Console.WriteLine("                          precision  recall      F1");
        Console.WriteLine(string.Create(c, $"  content, exact           {f["exactPrecision"],9:F3} {f["exactRecall"],7:F3} {f["exactF1"],7:F3}"));
        Console.WriteLine(string.Create(c, $"  content, overlap         {f["overlapPrecision"],9:F3} {f["overlapRecall"],7:F3} {f["overlapF1"],7:F3}"));
        Console.WriteLine(string.Create(c, $"  direct quotes, overlap   {f["directPrecision"],9:F3} {f["directRecall"],7:F3} {f["directF1"],7:F3}"));
        Console.WriteLine(string.Create(c, $"  source accuracy on matched contents {f["sourceAccuracy"]:F3} ({f["sourcePairs"]} pairs); on matched direct quotes {f["directSourceAccuracy"]:F3} ({f["directSourcePairs"]} pairs)"));
    }
}

/// <summary>Source-generated JSON for <c>herald eval quotes --json</c>.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(Dictionary<string, double>))]
internal sealed partial class EvalQuotesJsonContext : JsonSerializerContext;
