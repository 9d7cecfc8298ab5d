using System.Text.Json;

namespace Herald.Extraction.Evaluation;

/// <summary>Loads the three extraction data sets from their folders (formats in ../shared/data/README.md and docs/extraction.md).</summary>
public static class ExtractionDataSets
{
    /// <summary>Fundus: <c>ground_truth.json</c> maps each page file under <c>html/</c> to its body paragraphs and URL.</summary>
    public static IReadOnlyList<EvalPage> Fundus(string folder)
    {
        using var json = Load(Path.Combine(folder, "ground_truth.json"));
        return json.RootElement.EnumerateObject().Select(page => new EvalPage(
            page.Name, Path.Combine(folder, "html", page.Name), String(page.Value, "url"))
        {
            Body = string.Join("\n\n", page.Value.GetProperty("body").EnumerateArray().Select(p => p.GetString() ?? "")),
        }).ToList();
    }

    /// <summary>Trafilatura: <c>evaldata.json</c> maps each URL to its file and snippets; <c>manifest.json</c> maps it to the gzipped page.</summary>
    public static IReadOnlyList<EvalPage> Trafilatura(string folder)
    {
        using var data = Load(Path.Combine(folder, "evaldata.json"));
        using var manifest = Load(Path.Combine(folder, "manifest.json"));
        var pages = new List<EvalPage>();
        foreach (var entry in data.RootElement.EnumerateObject())
        {
            if (!manifest.RootElement.TryGetProperty(entry.Name, out var located) || String(located, "html") is not { } html)
                continue;
            pages.Add(new EvalPage(String(entry.Value, "file") ?? entry.Name, Path.Combine(folder, html), entry.Name)
            {
                With = Strings(entry.Value, "with"),
                Without = Strings(entry.Value, "without"),
            });
        }
        return pages;
    }

    /// <summary>WCXB: one <c>ground-truth/ID.json</c> per page, with <c>html/ID.html.gz</c> beside it.</summary>
    public static IReadOnlyList<EvalPage> Wcxb(string folder)
    {
        var pages = new List<EvalPage>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, "ground-truth"), "*.json").Order(StringComparer.Ordinal))
        {
            using var json = Load(file);
            var id = Path.GetFileNameWithoutExtension(file);
            var gold = json.RootElement.GetProperty("ground_truth");
            pages.Add(new EvalPage(id, Path.Combine(folder, "html", id + ".html.gz"), String(json.RootElement, "url"))
            {
                Body = String(gold, "main_content") ?? "",
                With = Strings(gold, "with"),
                Without = Strings(gold, "without"),
                Title = String(gold, "title"),
                Author = String(gold, "author"),
                Date = String(gold, "publish_date"),
            });
        }
        return pages;
    }

    private static JsonDocument Load(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonDocument.Parse(stream);
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];
}
