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
            var page = HtmlArticleExtractor.Extract(raw.Content, info.Url);
            text = page.Text;
            removed = page.Boilerplate;
            info = Merge(info, page.Info);
        }
        else
        {
            // Sources already give LF line ends; offsets of what is removed point into raw.Content.
            (text, removed) = PlainTextBoilerplate.Remove(raw.Content);
        }
        if (defaults is not null)
            info = Merge(info, defaults);
        if (info.Published is null && raw.Fetched is not null)
            info = info with { Published = raw.Fetched };
        var document = new Document(text, info);
        document.Boilerplate.AddRange(removed);
        return document;
    }

    // Each field of first, else of second.
    private static ArticleInfo Merge(ArticleInfo first, ArticleInfo second) => first with
    {
        Id = first.Id ?? second.Id,
        Title = first.Title ?? second.Title,
        Authors = first.Authors.Count > 0 ? first.Authors : second.Authors,
        Published = first.Published ?? second.Published,
        Modified = first.Modified ?? second.Modified,
        Url = first.Url ?? second.Url,
        Source = first.Source ?? second.Source,
        Language = first.Language ?? second.Language,
        Image = first.Image ?? second.Image,
    };
}
