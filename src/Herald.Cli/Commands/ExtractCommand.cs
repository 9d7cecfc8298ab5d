using System.CommandLine;
using System.Globalization;
using Herald.Documents;
using Herald.Extraction;
using Herald.Records;
using Herald.Sources;

namespace Herald.Cli.Commands;

/// <summary><c>herald extract</c>: the clean article text and metadata of each input, without further analysis.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, directories, or - for standard input. Reads .txt, .html, .jsonl and their .gz forms.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: the metadata as 'field: value' lines, a blank line, then the text; json: one indented record (an array for several).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("extract", "Extract the article from each input: the main text, paragraph by paragraph, and its title, authors, dates, language, URL, site name and lead image.")
        {
            paths, format,
        };
        command.SetAction(parse => Run(parse.GetRequiredValue(paths), parse.GetRequiredValue(format)));
        return command;
    }

    private static int Run(string[] paths, string format)
    {
        var exit = ExitCodes.Success;
        var records = new List<ExtractionRecord>();
        var first = true;
        foreach (var item in ArticleSources.ReadAll(paths))
        {
            if (item.Article is not { } raw)
            {
                Console.Error.WriteLine($"herald: {item.Error!.Message}");
                exit = ExitCodes.SomeInputsFailed;
                continue;
            }
            foreach (var warning in raw.Warnings)
                Console.Error.WriteLine($"herald: {warning.Message}");
            var document = ArticleExtractor.Extract(raw);
            if (format == "json")
            {
                records.Add(new ExtractionRecord
                {
                    Id = document.Info.Id ?? raw.Origin.RecordId ?? raw.Origin.ToString(),
                    Origin = new OriginRecord(raw.Origin.Input, raw.Origin.Line > 0 ? raw.Origin.Line : null),
                    Article = RecordBuilder.Body(document),
                    Warnings = [.. raw.Warnings.Select(RecordBuilder.Problem)],
                });
                continue;
            }
            if (!first)
                Console.WriteLine();
            first = false;
            WriteText(raw.Origin, document);
        }
        if (format == "json" && records.Count > 0)
            Console.WriteLine(RecordWriter.ToJson(records));
        return exit;
    }

    private static void WriteText(Origin origin, Document document)
    {
        var info = document.Info;
        Console.WriteLine($"origin: {origin}");
        WriteField("title", info.Title);
        WriteField("authors", info.Authors.Count > 0 ? string.Join("; ", info.Authors) : null);
        WriteField("published", info.Published?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
        WriteField("modified", info.Modified?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
        WriteField("language", info.Language);
        WriteField("url", info.Url);
        WriteField("site", info.Source);
        WriteField("image", info.Image);
        Console.WriteLine();
        Console.WriteLine(document.Text);
    }

    private static void WriteField(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            Console.WriteLine($"{name}: {value}");
    }
}
