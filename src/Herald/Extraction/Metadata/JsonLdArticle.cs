namespace Herald.Extraction.Metadata;

/// <summary>What a page's JSON-LD says about its article, as raw strings still to be validated.</summary>
internal sealed class JsonLdArticle
{
    public string? Headline { get; set; }

    public List<string> Authors { get; } = [];

    public List<string> OrganizationAuthors { get; } = [];

    public string? Published { get; set; }

    public string? Modified { get; set; }

    public string? Publisher { get; set; }

    public string? Image { get; set; }

    public string? Language { get; set; }

    public string? Url { get; set; }

    public string? ArticleBody { get; set; }

    /// <summary>The <c>name</c> of a <c>WebSite</c> node, the site's own name.</summary>
    public string? SiteName { get; set; }
}
