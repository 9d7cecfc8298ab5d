using Herald.Documents;

namespace Herald.Extraction;

/// <summary>The article found in a web page: its main text, one paragraph per block, and its metadata.</summary>
/// <param name="Text">The main text, paragraphs separated by a blank line.</param>
/// <param name="Info">The title, authors, dates, language, canonical URL, site name and lead image the page gives.</param>
public sealed record HtmlArticle(string Text, ArticleInfo Info)
{
    /// <summary>
    /// Paragraphs of the main text that read as boilerplate (appeals, sign-ups, notices) and were taken out, with
    /// offsets into the main text as it was before they were removed.
    /// </summary>
    public IReadOnlyList<Documents.Boilerplate> Boilerplate { get; init; } = [];
}
