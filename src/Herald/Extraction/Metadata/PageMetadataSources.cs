namespace Herald.Extraction.Metadata;

/// <summary>The raw metadata a page carries, gathered in the same pass that reads its text.</summary>
internal sealed class PageMetadataSources
{
    /// <summary><c>meta</c> tags: the lower-case name, property, itemprop or http-equiv, and the content.</summary>
    public List<(string Key, string Content)> Meta { get; } = [];

    /// <summary>The text of each <c>application/ld+json</c> script.</summary>
    public List<string> JsonLd { get; } = [];

    /// <summary>Values of <c>itemprop</c> attributes on visible elements (not <c>meta</c>): name and value.</summary>
    public List<(string Property, string Value)> ItemProps { get; } = [];

    /// <summary><c>time</c> elements: the <c>datetime</c> attribute (or the text), and whether it is marked as the publication time.</summary>
    public List<(string Value, bool Published)> Times { get; } = [];

    /// <summary>Texts of byline elements: <c>rel="author"</c> links and elements whose class or id names an author or byline.</summary>
    public List<string> Bylines { get; } = [];

    /// <summary>Texts of the <c>h1</c> headings.</summary>
    public List<string> Headings { get; } = [];

    /// <summary>The <c>title</c> element's text.</summary>
    public string? TitleTag { get; set; }

    /// <summary>The <c>lang</c> attribute of the root element.</summary>
    public string? Language { get; set; }

    /// <summary>The <c>link rel="canonical"</c> address.</summary>
    public string? Canonical { get; set; }
}
