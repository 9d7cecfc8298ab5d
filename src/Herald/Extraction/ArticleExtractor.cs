using Herald.Documents;
using Herald.Sources;

namespace Herald.Extraction;

/// <summary>Turns a raw article from a source into a <see cref="Document"/> with clean text and metadata.</summary>
public static class ArticleExtractor
{
    /// <summary>
    /// Extracts the text of <paramref name="raw"/>. Metadata the source supplied wins over what the page
    /// says; <paramref name="defaults"/> fills what neither gives (such as a publication date from the command line).
    /// </summary>
    public static Document Extract(RawArticle raw, ArticleInfo? defaults = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var info = raw.Info;
        string text;
        if (raw.Type == ContentType.Html)
        {
            var page = HtmlArticleExtractor.Extract(raw.Content, info.Url);
            text = page.Text;
            info = Merge(info, page.Info);
        }
        else
        {
            text = raw.Content; // sources already give LF line ends
        }
        return new Document(text, defaults is null ? info : Merge(info, defaults));
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
