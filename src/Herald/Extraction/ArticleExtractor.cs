using Herald.Documents;
using Herald.Extraction.Boilerplate;
using Herald.Sources;

namespace Herald.Extraction;

/// <summary>Turns a raw article from a source into a <see cref="Document"/> with clean text and metadata.</summary>
public static class ArticleExtractor
{
    /// <summary>
    /// Extracts the text of <paramref name="raw"/>. Metadata the source supplied wins over what the page
    /// says; <paramref name="defaults"/> fills what neither gives (such as a publication date from the command line),
    /// and the fetch date (<see cref="RawArticle.Fetched"/>) is the publication date of last resort.
    /// </summary>
    public static Document Extract(RawArticle raw, ArticleInfo? defaults = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var info = raw.Info;
        string text;
        IReadOnlyList<Documents.Boilerplate> removed = [];
        if (raw.Type == ContentType.Html)
        {
            var (title, body) = HtmlToText.Convert(raw.Content);
            text = body;
            info = info with { Title = info.Title ?? title };
        }
        else
        {
            // Sources already give LF line ends; offsets of what is removed point into raw.Content.
            (text, removed) = PlainTextBoilerplate.Remove(raw.Content);
        }
        info = Merge(info, defaults);
        if (info.Published is null && raw.Fetched is not null)
            info = info with { Published = raw.Fetched };
        var document = new Document(text, info);
        document.Boilerplate.AddRange(removed);
        return document;
    }

    private static ArticleInfo Merge(ArticleInfo info, ArticleInfo? defaults) => defaults is null ? info : info with
    {
        Id = info.Id ?? defaults.Id,
        Title = info.Title ?? defaults.Title,
        Authors = info.Authors.Count > 0 ? info.Authors : defaults.Authors,
        Published = info.Published ?? defaults.Published,
        Url = info.Url ?? defaults.Url,
        Source = info.Source ?? defaults.Source,
        Language = info.Language ?? defaults.Language,
    };
}
