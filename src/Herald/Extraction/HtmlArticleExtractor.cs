using AngleSharp.Html.Parser;
using Herald.Extraction.Content;
using Herald.Extraction.Metadata;

namespace Herald.Extraction;

/// <summary>
/// Finds the article in a web page: parses it with AngleSharp, cuts the visible text into blocks, scores the
/// elements that hold them (<see cref="ContentSelector"/>), checks the JSON-LD <c>articleBody</c> against the
/// page, and reads the metadata (<see cref="MetadataReader"/>).
/// </summary>
public static class HtmlArticleExtractor
{
    private static readonly HtmlParserOptions s_options = new() { IsScripting = false };

    /// <summary>
    /// Extracts the article from <paramref name="html"/>. <paramref name="url"/>, where known, resolves relative
    /// addresses and gives a date when the page has none; <paramref name="now"/> (default: the clock) is the
    /// latest publication date believed.
    /// </summary>
    public static HtmlArticle Extract(string html, string? url = null, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser(s_options);
        using var document = parser.ParseDocument(html);
        var (blocks, spans, sources) = PageScanner.Scan(document);
        var jsonLd = JsonLdReader.Read(sources.JsonLd);
        var info = MetadataReader.Read(sources, jsonLd, url, now ?? DateTimeOffset.UtcNow);

        BlockMarks.Furniture(blocks, spans, ContentSelector.IsParagraph);
        BlockMarks.Repeats(blocks);
        var agreement = jsonLd.ArticleBody is { } body ? ArticleBodyCheck.Confirm(blocks, body) : 0;
        var paragraphs = ContentSelector.Select(blocks, spans, agreement >= ArticleBodyCheck.CompleteAgreement)
            .Where(b => !(b.Kind == BlockKind.Heading && info.Title is { } title && AuthorNames.Key(b.Text) == AuthorNames.Key(title)))
            .Select(b => b.Text)
            .ToList();
        var text = string.Join("\n\n", paragraphs);
        if (jsonLd.ArticleBody is { } fallback && agreement < ArticleBodyCheck.MinAgreement && text.Length < fallback.Length / 3)
            text = ArticleBodyText(fallback);
        return new HtmlArticle(text, info);
    }

    // The structured-data body, used only when the page shows almost none of its own text (a script-rendered page).
    private static string ArticleBodyText(string body) =>
        string.Join("\n\n", body.Split('\n').Select(TextCleaning.Collapse).Where(line => line.Length > 0));
}
