using System.Net;
using Herald.Documents;

namespace Herald.Extraction.Metadata;

/// <summary>
/// Turns a page's metadata sources into validated <see cref="ArticleInfo"/> fields. Each field takes the first
/// valid value in order of trust: JSON-LD, then OpenGraph and other meta tags, then microdata and
/// <c>time</c> elements, then the visible byline, then the URL.
/// </summary>
internal static class MetadataReader
{
    private static readonly string[] s_publishedKeys =
    [
        "article:published_time", "og:article:published_time", "datepublished", "og:published_time", "published_time",
        "publish-date", "publish_date", "publishdate", "pubdate", "parsely-pub-date", "sailthru.date", "article.published",
        "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created",
        "citation_publication_date", "citation_date", "date", "article_date_original", "originalpublicationdate",
    ];

    private static readonly string[] s_modifiedKeys =
    [
        "article:modified_time", "og:updated_time", "datemodified", "og:article:modified_time", "last-modified",
        "dcterms.modified", "dc.date.modified",
    ];

    private static readonly string[] s_authorKeys =
    [
        "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
        "citation_author", "byl", "twitter:creator",
    ];

    // Tags that hold one name each, written surname first ("Roy, Aniruddha").
    private static readonly HashSet<string> s_bibliographicKeys = new(StringComparer.Ordinal) { "citation_author", "dc.creator", "dcterms.creator" };

    /// <summary>Reads the metadata of a page found at <paramref name="url"/> (if known), judged at <paramref name="now"/>.</summary>
    public static ArticleInfo Read(PageMetadataSources sources, JsonLdArticle jsonLd, string? url, DateTimeOffset now)
    {
        var canonical = Absolute(sources.Canonical, url) ?? Absolute(Meta(sources, "og:url"), url) ?? Absolute(jsonLd.Url, url) ?? url;
        var siteName = Meta(sources, "og:site_name") ?? jsonLd.SiteName ?? Meta(sources, "application-name") ?? jsonLd.Publisher;
        var siteNames = SiteNames(siteName, jsonLd.Publisher, canonical ?? url);
        var published = WithUrlDay(FirstDate(Published(sources, jsonLd), now), DateValues.FromUrl(canonical, now) ?? DateValues.FromUrl(url, now));
        var modified = FirstDate(Modified(sources, jsonLd), now);
        return new ArticleInfo
        {
            Title = TitleChooser.Choose(sources, jsonLd, siteNames),
            Authors = Authors(sources, jsonLd, siteNames),
            Published = published,
            Modified = modified is { } m && published is { } p && m < p ? null : modified,
            Url = canonical,
            Source = siteName,
            Language = Language(sources, jsonLd),
            Image = Absolute(Meta(sources, "og:image") ?? Meta(sources, "twitter:image") ?? jsonLd.Image ?? Meta(sources, "image"), canonical ?? url),
        };
    }

    private static IEnumerable<string?> Published(PageMetadataSources sources, JsonLdArticle jsonLd)
    {
        yield return jsonLd.Published;
        foreach (var key in s_publishedKeys)
            yield return Meta(sources, key);
        foreach (var (property, value) in sources.ItemProps)
        {
            if (property.Equals("datePublished", StringComparison.OrdinalIgnoreCase) || property.Equals("dateCreated", StringComparison.OrdinalIgnoreCase))
                yield return value;
        }
        foreach (var (value, published) in sources.Times)
        {
            if (published)
                yield return value;
        }
        foreach (var (value, _) in sources.Times)
            yield return value;
    }

    private static IEnumerable<string?> Modified(PageMetadataSources sources, JsonLdArticle jsonLd)
    {
        yield return jsonLd.Modified;
        foreach (var key in s_modifiedKeys)
            yield return Meta(sources, key);
        foreach (var (property, value) in sources.ItemProps)
        {
            if (property.Equals("dateModified", StringComparison.OrdinalIgnoreCase))
                yield return value;
        }
    }

    // A URL dates the article on the publisher's own calendar; a timestamp a day off has crossed midnight in
    // another time zone (often UTC), so the URL's day is taken.
    private static DateTimeOffset? WithUrlDay(DateTimeOffset? stated, DateTimeOffset? fromUrl)
    {
        if (stated is not { } date || fromUrl is not { } day)
            return stated ?? fromUrl;
        var apart = (date.Date - day.Date).Duration();
        return apart == TimeSpan.FromDays(1) ? day : date;
    }

    private static DateTimeOffset? FirstDate(IEnumerable<string?> candidates, DateTimeOffset now) =>
        candidates.Select(c => DateValues.Parse(c, now)).FirstOrDefault(d => d is not null);

    /// <summary>
    /// The authors the page declares, in order of trust, none of them named like the site. Empty when the only
    /// declared author is the site itself; see <see cref="SiteAsAuthor"/>.
    /// </summary>
    private static List<string> Authors(PageMetadataSources sources, JsonLdArticle jsonLd, IReadOnlyCollection<string> siteNames) =>
        FirstNames(DeclaredAuthors(sources, jsonLd).Append(jsonLd.OrganizationAuthors), siteNames);

    /// <summary>
    /// The last resort when no person is named anywhere on the page: an author declared in JSON-LD (not typed as an
    /// organisation), a meta tag or a byline that is named like the site, kept only when it is shaped like a
    /// person's name. A personal site is named after its author ("Nora Quist" at noraquist.net); a company or a
    /// newsroom that signs its own posts ("Tidewell", "Quayside News") is a site name, and site names are not authors.
    /// </summary>
    public static List<string> SiteAsAuthor(PageMetadataSources sources, JsonLdArticle jsonLd) =>
        FirstNames(DeclaredAuthors(sources, jsonLd), []).Where(AuthorNames.LooksLikePersonName).ToList();

    private static IEnumerable<IEnumerable<string>> DeclaredAuthors(PageMetadataSources sources, JsonLdArticle jsonLd) =>
    [
        jsonLd.Authors,
        s_authorKeys.SelectMany(key => MetaAll(sources, key).Select(value => s_bibliographicKeys.Contains(key) ? AuthorNames.SurnameFirst(value) : value)),
        sources.ItemProps.Where(p => p.Property.Equals("author", StringComparison.OrdinalIgnoreCase)).Select(p => p.Value),
        sources.Bylines,
    ];

    private static List<string> FirstNames(IEnumerable<IEnumerable<string>> tiers, IReadOnlyCollection<string> siteNames)
    {
        foreach (var tier in tiers)
        {
            var names = tier.SelectMany(candidate => AuthorNames.Clean(candidate, siteNames))
                .DistinctBy(AuthorNames.Key)
                .ToList();
            if (names.Count > 0)
                return names;
        }
        return [];
    }

    private static string? Language(PageMetadataSources sources, JsonLdArticle jsonLd)
    {
        var raw = sources.Language ?? Meta(sources, "content-language") ?? Meta(sources, "og:locale") ?? jsonLd.Language;
        if (string.IsNullOrWhiteSpace(raw))
            return null;
        var tag = raw.Split(',')[0].Trim().Replace('_', '-');
        return tag.Length is >= 2 and <= 35 && tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? tag : null;
    }

    private static List<string> SiteNames(string? siteName, string? publisher, string? url)
    {
        var names = new List<string>();
        if (siteName is not null)
            names.Add(siteName);
        if (publisher is not null)
            names.Add(publisher);
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            names.Add(host);
            names.Add(host.Split('.')[0]);
        }
        return names;
    }

    internal static string? Meta(PageMetadataSources sources, string key) => MetaAll(sources, key).FirstOrDefault();

    // Values come HTML-decoded once by the parser; some pages encode them twice ("&amp;amp;").
    private static IEnumerable<string> MetaAll(PageMetadataSources sources, string key) =>
        sources.Meta.Where(m => m.Key == key).Select(m => WebUtility.HtmlDecode(m.Content));

    private static string? Absolute(string? address, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(address))
            return null;
        address = address.Trim();
        if (Uri.TryCreate(address, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            return absolute.AbsoluteUri;
        if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var root) && Uri.TryCreate(root, address, out var resolved))
            return resolved.AbsoluteUri;
        return null;
    }
}
