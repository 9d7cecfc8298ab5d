using System.ServiceModel.Syndication;
using System.Xml;
using Herald.Documents;

namespace Herald.Sources.Feeds;

/// <summary>Turns one RSS item or Atom entry into an article: its content as HTML, title, link, date and authors.</summary>
internal static class FeedItems
{
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>The article, or null with <paramref name="error"/> saying why the item has none.</summary>
    public static RawArticle? ToArticle(SyndicationItem item, DateTimeOffset? published, Origin origin, string? feedTitle, out string? error)
    {
        error = null;
        var (content, type) = Content(item);
        if (string.IsNullOrWhiteSpace(content))
        {
            error = "the item has no content, description or summary";
            return null;
        }

        var info = new ArticleInfo
        {
            Id = origin.RecordId,
            Title = Clean(item.Title?.Text),
            Url = Link(item),
            Published = published,
            Authors = Authors(item),
            Source = feedTitle,
        };
        return new RawArticle(origin, content.ReplaceLineEndings("\n"), type, info);
    }

    /// <summary>RSS <c>content:encoded</c>, else Atom content (plain when its type is text), else the description or summary.</summary>
    private static (string? Text, ContentType Type) Content(SyndicationItem item)
    {
        if (Extension(item, "encoded", ContentModule) is { } encoded && !string.IsNullOrWhiteSpace(encoded))
            return (encoded, ContentType.Html);
        if (item.Content is TextSyndicationContent text && !string.IsNullOrWhiteSpace(text.Text))
            return (text.Text, text.Type == "text" ? ContentType.Text : ContentType.Html);
        return (item.Summary?.Text, ContentType.Html); // RSS descriptions hold HTML by custom, whatever their type says
    }

    private static string? Link(SyndicationItem item)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? item.Links.FirstOrDefault();
        if (link?.Uri is { } uri)
            return (link.BaseUri is { } baseUri && !uri.IsAbsoluteUri ? new Uri(baseUri, uri) : uri).ToString();
        return Uri.TryCreate(item.Id, UriKind.Absolute, out var id) && id.Scheme is "http" or "https" ? id.ToString() : null;
    }

    private static List<string> Authors(SyndicationItem item)
    {
        var names = item.Authors.Select(a => Clean(a.Name) ?? NameInEmail(a.Email)).OfType<string>().ToList();
        if (names.Count == 0 && Extension(item, "creator", DublinCore) is { } creator && Clean(creator) is { } name)
            names.Add(name);
        return names;
    }

    /// <summary>RSS writes an author as <c>mail@example.org (Name)</c>: the name, else the address.</summary>
    private static string? NameInEmail(string? email)
    {
        var open = email?.IndexOf('(', StringComparison.Ordinal) ?? -1;
        var close = email?.LastIndexOf(')') ?? -1;
        return open >= 0 && close > open + 1 ? Clean(email![(open + 1)..close]) : Clean(email);
    }

    private static string? Extension(SyndicationItem item, string name, string ns)
    {
        foreach (var extension in item.ElementExtensions)
        {
            if (extension.OuterName == name && extension.OuterNamespace == ns)
            {
                using var reader = extension.GetReader();
                return reader.ReadElementContentAsString();
            }
        }
        return null;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
