using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Herald.Errors;
using Herald.Syntax.Conllu;
using Herald.Syntax.Evaluation;

namespace Herald.Cli.Commands;

/// <summary>
/// <c>herald eval segment</c>: runs Herald's tokenizer and sentence splitter over the raw text of gold CoNLL-U
/// files and scores tokens, sentences and words with the CoNLL 2018 metrics.
/// </summary>
internal static class EvalSegmentCommand
{
    private const string WordsNote =
        "Words: Herald splits clitics (\"do\" + \"n't\", \"Trump\" + \"'s\", \"can\" + \"not\") into words and groups them into one surface token as UD does; it splits no other multi-word tokens, so elsewhere words = tokens.";

    public static Command Create()
    {
        var gold = new Option<string[]>("--gold", "-g")
        {
            Description = "Gold CoNLL-U files (.conllu or .conllu.gz); their raw text is rebuilt and segmented by Herald.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var json = CommonOptions.Json();
        var errors = new Option<int>("--errors")
        {
            Description = "Also print the first N token and the first N sentence-boundary disagreements, in context.",
            Validators = { r => { if (r.GetValueOrDefault<int>() < 0) r.AddError("--errors cannot be negative."); } },
        };
        var command = new Command("segment",
            "Score Herald's tokenizer and sentence splitter on the raw text of gold CoNLL-U files: token, sentence and word precision, recall and F1.")
        {
            gold, json, errors,
        };
        command.SetAction(parse => Run(parse.GetRequiredValue(gold), parse.GetValue(json), parse.GetValue(errors)));
        return command;
    }

    private static int Run(string[] paths, bool json, int errorCount)
    {
        var results = new List<(string Path, int Documents, ConlluScores Scores, IReadOnlyList<SegmentationDisagreement> Errors)>();
        var exit = ExitCodes.Success;
        foreach (var path in paths)
        {
            try
            {
                var gold = ConlluReader.ReadFile(path).ToList();
                var documents = RawTextSegmentation.Documents(gold);
                var system = RawTextSegmentation.Segment(documents);
                var scores = ConlluEvaluator.Evaluate(gold, system, path, "herald");
                var disagreements = errorCount > 0 ? SegmentationDiff.Find(gold, system, errorCount) : [];
                results.Add((path, documents.Count, scores, disagreements));
            }
            catch (HeraldException e)
            {
                Console.Error.WriteLine($"herald: {e.Error.Message}");
                exit = ExitCodes.SomeInputsFailed;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                Console.Error.WriteLine($"herald: {new HeraldError(ErrorCatalog.Unreadable, path, e.Message).Message}");
                exit = ExitCodes.SomeInputsFailed;
            }
        }

        if (json)
            WriteJson(results);
        else
            WriteText(results);
        return exit;
    }

    private static void WriteText(List<(string Path, int Documents, ConlluScores Scores, IReadOnlyList<SegmentationDisagreement> Errors)> results)
    {
        var output = Console.Out;
        foreach (var (path, documents, scores, disagreements) in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {documents} documents, {scores.Sentences.Gold} sentences, {scores.Tokens.Gold} tokens"));
            ScoreReport.WriteTable(output, Segmentation(scores));
            output.WriteLine(WordsNote);
            foreach (var d in disagreements)
            {
                var kind = d.Kind switch
                {
                    DisagreementKind.Token => "token",
                    DisagreementKind.MissedSentenceBoundary => "missed sentence boundary",
                    _ => "extra sentence boundary",
                };
                output.WriteLine();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind} at character {d.Offset}"));
                output.WriteLine($"  gold:   {d.Gold}");
                output.WriteLine($"  herald: {d.System}");
            }
            output.WriteLine();
        }
    }

    private static void WriteJson(List<(string Path, int Documents, ConlluScores Scores, IReadOnlyList<SegmentationDisagreement> Errors)> results)
    {
        using var stream = Console.OpenStandardOutput();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var (path, documents, scores, disagreements) in results)
            {
                writer.WriteStartObject();
                writer.WriteString("gold", path);
                writer.WriteNumber("documents", documents);
                writer.WritePropertyName("scores");
                ScoreReport.WriteJson(writer, Segmentation(scores));
                writer.WriteStartArray("errors");
                foreach (var d in disagreements)
                {
                    writer.WriteStartObject();
                    writer.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(d.Kind.ToString()));
                    writer.WriteNumber("offset", d.Offset);
                    writer.WriteString("gold", d.Gold);
                    writer.WriteString("system", d.System);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        stream.WriteByte((byte)'\n');
    }

    private static IEnumerable<(string Name, Score Score)> Segmentation(ConlluScores scores) =>
        [("Tokens", scores.Tokens), ("Sentences", scores.Sentences), ("Words", scores.Words)];
}
