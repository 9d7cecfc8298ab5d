using Herald.Documents;
using Herald.Errors;

namespace Herald.Sources;

/// <summary>Reads an HTML file as one article, decoded by its byte-order mark, declared charset, or content.</summary>
internal static class HtmlArticleReader
{
    public static IEnumerable<SourceItem> Read(Stream stream, byte[] head, int headLength, bool isComplete, string input, string id)
    {
        var planned = TextDecoder.Plan(head.AsSpan(0, headLength), isComplete, isHtml: true);
        if (planned.Plan is null)
        {
            yield return SourceItem.Failed(new HeraldError(planned.Error!, input, planned.Detail));
            yield break;
        }

        var (html, invalid, first) = DecodedText.ReadAll(stream, planned.Plan);
        if (string.IsNullOrWhiteSpace(html))
        {
            yield return SourceItem.Failed(new HeraldError(ErrorCatalog.Empty, input, "the file holds only whitespace"));
            yield break;
        }

        var origin = new Origin(input);
        var article = new RawArticle(origin, html, ContentType.Html, new ArticleInfo { Id = id })
        {
            Warnings = invalid > 0 ? [TextArticleReader.InvalidBytesWarning(origin, invalid, first)] : [],
        };
        yield return SourceItem.Of(article);
    }
}
