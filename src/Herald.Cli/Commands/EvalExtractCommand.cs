using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Herald.Errors;
using Herald.Extraction;
using Herald.Extraction.Evaluation;
using Herald.Sources;

namespace Herald.Cli.Commands;

/// <summary>
/// <c>herald eval extract</c>: scores the HTML article extractor on the fundus pages (article-extraction-benchmark
/// metric), the trafilatura evaluation set (with/without snippets) and WCXB article pages (word F1 and
/// metadata accuracy). docs/extraction.md defines each metric.
/// </summary>
internal static class EvalExtractCommand
{
    public static Command Create()
    {
        var fundus = new Option<string?>("--fundus") { Description = "The fundus folder (ground_truth.json, html/)." };
        var trafilatura = new Option<string?>("--trafilatura") { Description = "The trafilatura evaluation folder (evaldata.json, manifest.json, html/)." };
        var wcxb = new Option<string?>("--wcxb") { Description = "The WCXB folder (ground-truth/, html/)." };
        var json = CommonOptions.Json();
        var worst = new Option<int>("--worst")
        {
            Description = "Also list the N worst-scored pages of each set.",
            Validators = { r => { if (r.GetValueOrDefault<int>() < 0) r.AddError("--worst cannot be negative."); } },
        };
        var details = new Option<string?>("--details")
        {
            Description = "Write one JSON line per page to this file: its score, the extracted text and metadata beside the gold answers.",
        };
        var command = new Command("extract", "Score the HTML article extractor: fundus (article-extraction-benchmark F1), trafilatura snippets (F), WCXB (word F1, title, author, date).")
        {
            fundus, trafilatura, wcxb, json, worst, details,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(fundus) is null && r.GetValue(trafilatura) is null && r.GetValue(wcxb) is null)
                r.AddError("Give at least one data set: --fundus, --trafilatura or --wcxb.");
        });
        command.SetAction(parse => Run(parse.GetValue(fundus), parse.GetValue(trafilatura), parse.GetValue(wcxb), parse.GetValue(json), parse.GetValue(worst), parse.GetValue(details)));
        return command;
    }

    private static int Run(string? fundus, string? trafilatura, string? wcxb, bool json, int worst, string? details)
    {
        var reports = new List<ExtractReport>();
        var exit = ExitCodes.Success;
        foreach (var (folder, score) in new (string?, Func<string, ExtractReport>)[]
                 { (fundus, ExtractScoring.Fundus), (trafilatura, ExtractScoring.Trafilatura), (wcxb, ExtractScoring.Wcxb) })
        {
            if (folder is null)
                continue;
            try
            {
                reports.Add(score(folder));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
            {
                Console.Error.WriteLine($"herald: {new HeraldError(ErrorCatalog.Unreadable, folder, e.Message).Message}");
                exit = ExitCodes.SomeInputsFailed;
            }
        }
        if (details is not null)
            WriteDetails(reports, details);
        if (json)
            WriteJson(reports, worst);
        else
            WriteText(reports, worst);
        return exit;
    }

    private static void WriteText(List<ExtractReport> reports, int worst)
    {
        foreach (var report in reports)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Name}: {report.Pages} pages ({report.Failed} unreadable), {report.Seconds:F1} s"));
            foreach (var (name, value) in report.Figures)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-22} {(value == Math.Floor(value) && value > 1 ? value.ToString("F0", CultureInfo.InvariantCulture) : value.ToString("F4", CultureInfo.InvariantCulture))}"));
            foreach (var (page, score, _) in report.PageResults.OrderBy(p => p.Score).Take(worst))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {score:F3}  {page}"));
            Console.WriteLine();
        }
    }

    private static void WriteJson(List<ExtractReport> reports, int worst)
    {
        using var stream = Console.OpenStandardOutput();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var report in reports)
            {
                writer.WriteStartObject();
                writer.WriteString("set", report.Name);
                writer.WriteNumber("pages", report.Pages);
                writer.WriteNumber("unreadable", report.Failed);
                foreach (var (name, value) in report.Figures)
                    writer.WriteNumber(name, Math.Round(value, 4));
                writer.WriteStartArray("worst");
                foreach (var (page, score, _) in report.PageResults.OrderBy(p => p.Score).Take(worst))
                {
                    writer.WriteStartObject();
                    writer.WriteString("page", page);
                    writer.WriteNumber("score", Math.Round(score, 4));
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        stream.WriteByte((byte)'\n');
    }

    // One JSON line per page, worst first within each set.
    private static void WriteDetails(List<ExtractReport> reports, string path)
    {
        using var writer = new StreamWriter(path);
        foreach (var report in reports)
        {
            foreach (var result in report.PageResults.OrderBy(p => p.Score))
            {
                var line = new JsonObject { ["set"] = report.Name, ["page"] = result.Page, ["score"] = Math.Round(result.Score, 4) };
                foreach (var (name, value) in result.Details)
                    line[name] = value?.DeepClone();
                writer.WriteLine(line.ToJsonString());
            }
        }
    }
}
