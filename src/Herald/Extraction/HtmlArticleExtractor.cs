using Herald.Documents;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using Herald.Extraction.Content;
using Herald.Extraction.Metadata;
using Herald.Sources;

namespace Herald.Extraction;

/// <summary>
/// Finds the article in a web page: parses it with AngleSharp, cuts the visible text into blocks, scores the
/// elements that hold them (<see cref="ContentSelector"/>), checks the JSON-LD <c>articleBody</c> against the
/// page, takes out the paragraphs of the main text that read as boilerplate (<see cref="Boilerplate.PlainTextBoilerplate"/>),
/// and reads the metadata (<see cref="MetadataReader"/>).
/// </summary>
public static class HtmlArticleExtractor
{
    // Attributes the extractor reads; the parser drops all others (srcset, data-*, event handlers) unbuilt.
    private static readonly HashSet<string> s_attributes = new(StringComparer.Ordinal)
    {
        "class", "id", "style", "hidden", "itemprop", "role", "rel", "href", "content", "name", "property",
        "http-equiv", "datetime", "pubdate", "lang", "type",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_attributeLookup = s_attributes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HtmlParserOptions s_options = new()
    {
        IsScripting = false,
        DisableElementPositionTracking = true,
        SkipComments = true,
        SkipRawText = true,
        ShouldEmitAttribute = (ref StructHtmlToken _, ReadOnlyMemory<char> name) => s_attributeLookup.Contains(name.Span),
    };

    // Main text shorter than this sends the extractor back to read hidden elements as well.
    private const int ShortText = 250;

    // How many times longer the text with hidden elements must be to be taken instead.
    private const int HiddenGain = 4;

    // Meta tags that hold the page's summary, which its standfirst repeats.
    private static readonly string[] s_descriptionKeys = ["description", "og:description", "twitter:description"];

    // The longest block searched for a written-out publication date.
    private const int DatelineLetters = 100;

    // The longest block read as a byline ("By Jane Smith and John Doe").
    private const int BylineLetters = 60;

    /// <summary>
    /// Extracts the article from <paramref name="html"/>. <paramref name="url"/>, where known, resolves relative
    /// addresses and gives a date when the page has none; <paramref name="now"/> (default: the clock) is the
    /// latest publication date believed.
    /// </summary>
    public static HtmlArticle Extract(string html, string? url = null, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        // Without AngleSharp's attribute observers, which act as a browser would on each attribute set (resolve and
        // load linked style sheets, track input types and frame sources): work whose results the extractor never reads.
        var parser = new HtmlParser(s_options, BrowsingContext.New(Configuration.Default.Without<IAttributeObserver>()));
        using var document = parser.ParseDocument(HtmlNesting.Limit(html, out _));
        var (blocks, spans, sources) = PageScanner.Scan(document);
        var jsonLd = JsonLdReader.Read(sources.JsonLd);
        var info = MetadataReader.Read(sources, jsonLd, url, now ?? DateTimeOffset.UtcNow);
        var descriptions = s_descriptionKeys.Select(key => MetadataReader.Meta(sources, key)).OfType<string>().ToList();
        var (text, end) = MainText(blocks, spans, jsonLd.ArticleBody, info.Title, descriptions);
        if (info.Published is null)
            info = info with { Published = VisibleDate(blocks, end, now ?? DateTimeOffset.UtcNow) ?? info.Modified };
        if (info.Authors.Count == 0)
            info = info with { Authors = VisibleByline(blocks, end, info) };
        if (info.Authors.Count == 0)
            info = info with { Authors = MetadataReader.SiteAsAuthor(sources, jsonLd) };
        if (text.Length < ShortText)
        {
            // A page that hides its content until a script shows it: read the hidden elements too.
            var (allBlocks, allSpans, _) = PageScanner.Scan(document, readHidden: true);
            var hiddenText = MainText(allBlocks, allSpans, jsonLd.ArticleBody, info.Title, descriptions).Text;
            if (hiddenText.Length > ShortText && hiddenText.Length > HiddenGain * text.Length)
                text = hiddenText;
        }
        var cleaned = Boilerplate.PlainTextBoilerplate.Remove(text);
        return new HtmlArticle(cleaned.Text, info) { Boilerplate = cleaned.Removed };
    }

    // The first date written in a short block (a dateline, "Updated August 14, 2025") up to the end of the article.
    private static DateTimeOffset? VisibleDate(List<TextBlock> blocks, int end, DateTimeOffset now) =>
        blocks.Take(end).Where(b => b.Letters <= DatelineLetters).Select(b => TextDates.Find(b.Text, now)).FirstOrDefault(d => d is not null);

    // The names in the first short "By ..." line up to the end of the article, when no metadata names an author.
    private static List<string> VisibleByline(List<TextBlock> blocks, int end, ArticleInfo info)
    {
        var siteNames = new[] { info.Source, info.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null }.OfType<string>().ToList();
        for (var i = 0; i < end && i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            if (blocks[i].Letters > BylineLetters)
                continue;
            if (AuthorNames.IsBylineLabel(text) && i + 1 < blocks.Count && blocks[i + 1].Letters <= BylineLetters)
                text = blocks[i + 1].Text;
            else if (!AuthorNames.IsBylineText(text))
                continue;
            var names = AuthorNames.Clean(text, siteNames).ToList();
            if (names.Count > 0)
                return names;
        }
        return [];
    }

    private static (string Text, int End) MainText(List<TextBlock> blocks, List<PageSpan> spans, string? articleBody, string? title, List<string> descriptions)
    {
        BlockMarks.Furniture(blocks, spans, ContentSelector.IsParagraph);
        BlockMarks.Teasers(blocks, spans);
        BlockMarks.Repeats(blocks);
        var agreement = articleBody is null ? 0 : ArticleBodyCheck.Confirm(blocks, articleBody);
        var (kept, first, end) = ContentSelector.Select(blocks, spans, agreement >= ArticleBodyCheck.CompleteAgreement);
        if (Standfirst.Find(blocks, first, kept, descriptions) is { } standfirst)
            kept.Insert(0, standfirst);
        var paragraphs = kept.Where(b => !(b.Kind == BlockKind.Heading && title is not null && AuthorNames.Key(b.Text) == AuthorNames.Key(title)))
            .Select(b => b.Text);
        var text = string.Join("\n\n", paragraphs);
        if (articleBody is not null && agreement < ArticleBodyCheck.MinAgreement && text.Length < articleBody.Length / 3)
            return (ArticleBodyText(articleBody), end);
        return (text, end);
    }

    // The structured-data body, used only when the page shows almost none of its own text (a script-rendered page).
    private static string ArticleBodyText(string body) =>
        string.Join("\n\n", body.Split('\n').Select(TextCleaning.Collapse).Where(line => line.Length > 0));
}
