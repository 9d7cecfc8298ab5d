using AngleSharp.Dom;

namespace Herald.Extraction.Metadata;

/// <summary>Picks the metadata sources out of each element the page scanner visits.</summary>
internal static class MetadataScanner
{
    private const int MaxBylineLength = 150;

    private static readonly HashSet<string> s_itemProps = new(StringComparer.OrdinalIgnoreCase)
    {
        "datePublished", "dateModified", "dateCreated", "author", "headline",
    };

    /// <summary>
    /// Records what <paramref name="element"/> tells about the page; <paramref name="bylineNames"/> is whether its
    /// class or id names a byline. <paramref name="readText"/> is false deep
    /// in pathological nesting, where reading an element's whole text could cost too much; <paramref name="inComments"/>
    /// is true inside readers' comments, whose bylines name the commenters.
    /// </summary>
    public static void Collect(IElement element, PageMetadataSources sources, bool bylineNames, bool readText, bool inComments)
    {
        switch (element.LocalName)
        {
            case "html":
                sources.Language ??= NonEmpty(element.GetAttribute("lang"));
                return;
            case "title":
                sources.TitleTag ??= NonEmpty(TextCleaning.Collapse(element.TextContent));
                return;
            case "meta":
                CollectMeta(element, sources);
                return;
            case "link":
                if (HasWord(element.GetAttribute("rel"), "canonical"))
                    sources.Canonical ??= NonEmpty(element.GetAttribute("href"));
                return;
            case "script":
                if (string.Equals(element.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                    sources.JsonLd.Add(element.TextContent);
                return;
            case "time":
                CollectTime(element, sources);
                break;
            case "h1" when readText:
                if (NonEmpty(ElementText.Of(element)) is { } heading)
                    sources.Headings.Add(heading);
                break;
        }
        if (!readText)
            return;
        if (element.GetAttribute("itemprop") is { } prop && s_itemProps.Contains(prop))
        {
            var value = element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? ElementText.Of(element);
            if (NonEmpty(TextCleaning.Collapse(value)) is { } clean)
                sources.ItemProps.Add((prop, clean));
        }
        if (!inComments && IsByline(element, bylineNames) && NonEmpty(ElementText.Of(element)) is { Length: <= MaxBylineLength } byline)
            sources.Bylines.Add(byline);
    }

    private static void CollectMeta(IElement element, PageMetadataSources sources)
    {
        var key = element.GetAttribute("property") ?? element.GetAttribute("name")
            ?? element.GetAttribute("itemprop") ?? element.GetAttribute("http-equiv");
        var content = element.GetAttribute("content");
        if (key is not null && NonEmpty(content?.Trim()) is { } value)
            sources.Meta.Add((key.Trim().ToLowerInvariant(), value));
    }

    // The datetime attribute, else the element's own text ("Aug 04, 2025").
    private static void CollectTime(IElement element, PageMetadataSources sources)
    {
        var value = NonEmpty(element.GetAttribute("datetime")?.Trim()) ?? NonEmpty(ElementText.Of(element));
        if (value is null)
            return;
        var published = element.HasAttribute("pubdate")
            || string.Equals(element.GetAttribute("itemprop"), "datePublished", StringComparison.OrdinalIgnoreCase)
            || (element.ClassName?.Contains("publish", StringComparison.OrdinalIgnoreCase) ?? false);
        sources.Times.Add((value, published));
    }

    private static bool IsByline(IElement element, bool bylineNames)
    {
        if (element.LocalName == "a" && (HasWord(element.GetAttribute("rel"), "author") || IsAuthorPage(element.GetAttribute("href"))))
            return true;
        if (element.LocalName is "body" or "html" or "article" or "main" or "section")
            return false;
        return bylineNames;
    }

    // A link to an author's page: a path with an "author" or "authors" folder and a name after it (/author/jane-smith/).
    private static bool IsAuthorPage(string? href)
    {
        // Most links name no author: a cheap test spares them the split.
        if (href is null || !href.Contains("author", StringComparison.OrdinalIgnoreCase))
            return false;
        var path = href.Split('?', '#')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < path.Length - 1; i++)
        {
            if (path[i].Equals("author", StringComparison.OrdinalIgnoreCase) || path[i].Equals("authors", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static bool HasWord(string? list, string word) =>
        list is not null && list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(word, StringComparer.OrdinalIgnoreCase);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
