using System.Net;
using System.Text.Json;

namespace Herald.Extraction.Metadata;

/// <summary>
/// Reads the article node out of a page's JSON-LD scripts: objects, arrays and <c>@graph</c> lists, nested
/// <c>mainEntity</c> included. Article types win over a plain <c>WebPage</c>; a script that is not valid JSON is
/// skipped.
/// </summary>
internal static class JsonLdReader
{
    private static readonly JsonDocumentOptions s_options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static JsonLdArticle Read(IEnumerable<string> scripts)
    {
        var article = new JsonLdArticle();
        var nodes = new List<(JsonElement Node, int Rank)>();
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var script in scripts)
            {
                if (Parse(script) is not { } document)
                    continue;
                documents.Add(document);
                Collect(document.RootElement, nodes, 0);
            }
            foreach (var (node, _) in nodes.Where(n => n.Rank > 0).OrderByDescending(n => n.Rank))
                Fill(article, node);
            foreach (var (node, rank) in nodes)
            {
                if (rank == 0 && TypeOf(node).Contains("WebSite", StringComparer.Ordinal))
                    article.SiteName ??= Text(node, "name");
            }
        }
        finally
        {
            foreach (var document in documents)
                document.Dispose();
        }
        return article;
    }

    private static JsonDocument? Parse(string script)
    {
        try
        {
            return JsonDocument.Parse(script.Trim().TrimEnd(';'), s_options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Collect(JsonElement element, List<(JsonElement, int)> nodes, int depth)
    {
        if (depth > 8)
            return;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                Collect(item, nodes, depth + 1);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object)
            return;
        nodes.Add((element, Rank(TypeOf(element))));
        foreach (var name in (string[])["@graph", "mainEntity", "mainEntityOfPage", "itemListElement"])
        {
            if (element.TryGetProperty(name, out var inner))
                Collect(inner, nodes, depth + 1);
        }
    }

    // Article types outrank pages, which outrank everything else (rank 0: not read for the article).
    private static int Rank(IReadOnlyList<string> types)
    {
        if (types.Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report" or "LiveBlogPosting" or "SocialMediaPosting" or "Review" or "Recipe" or "HowTo"))
            return 2;
        return types.Any(t => t.EndsWith("WebPage", StringComparison.Ordinal)) ? 1 : 0;
    }

    private static void Fill(JsonLdArticle article, JsonElement node)
    {
        article.Headline ??= Text(node, "headline") ?? Text(node, "name");
        article.Published ??= Text(node, "datePublished") ?? Text(node, "dateCreated");
        article.Modified ??= Text(node, "dateModified");
        article.ArticleBody ??= Text(node, "articleBody");
        article.Language ??= Text(node, "inLanguage");
        article.Url ??= Text(node, "url");
        article.Image ??= Url(node, "image") ?? Url(node, "thumbnailUrl");
        if (node.TryGetProperty("publisher", out var publisher))
            article.Publisher ??= NameOf(publisher);
        if (article.Authors.Count == 0 && article.OrganizationAuthors.Count == 0 && node.TryGetProperty("author", out var author))
            AddAuthors(article, author);
    }

    private static void AddAuthors(JsonLdArticle article, JsonElement author)
    {
        foreach (var one in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray() : Enumerable.Repeat(author, 1))
        {
            if (NameOf(one) is not { } name)
                continue;
            if (one.ValueKind == JsonValueKind.Object && TypeOf(one).Contains("Organization", StringComparer.Ordinal))
                article.OrganizationAuthors.Add(name);
            else
                article.Authors.Add(name);
        }
    }

    private static string? NameOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => NonEmpty(element.GetString()),
        JsonValueKind.Object => Text(element, "name"),
        JsonValueKind.Array => element.EnumerateArray().Select(NameOf).FirstOrDefault(n => n is not null),
        _ => null,
    };

    private static string? Url(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => NonEmpty(value.GetString()),
            JsonValueKind.Object => Text(value, "url") ?? Text(value, "contentUrl"),
            JsonValueKind.Array => value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? NonEmpty(v.GetString()) : Text(v, "url")).FirstOrDefault(v => v is not null),
            _ => null,
        };
    }

    private static string? Text(JsonElement node, string property)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => NonEmpty(value.GetString()),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => NonEmpty(v.GetString())).FirstOrDefault(v => v is not null),
            JsonValueKind.Object when property is "url" => Text(value, "@id"),
            _ => null,
        };
    }

    private static List<string> TypeOf(JsonElement node)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("@type", out var type))
            return [];
        return type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString() ?? ""],
            JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString() ?? "").ToList(),
            _ => [],
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : WebUtility.HtmlDecode(value).Trim();
}
