using Herald.Documents;
using Herald.Errors;

namespace Herald.Sources;

/// <summary>An article as a source delivers it: decoded content, its type, what the source knows, and where it came from.</summary>
/// <param name="Origin">Where it came from.</param>
/// <param name="Content">The decoded text or HTML.</param>
/// <param name="Type">Whether <paramref name="Content"/> is text or HTML.</param>
/// <param name="Info">Metadata the source supplied (JSONL fields), possibly empty.</param>
public sealed record RawArticle(Origin Origin, string Content, ContentType Type, ArticleInfo Info)
{
    /// <summary>Problems met while reading that did not stop the article (replaced bytes, a split).</summary>
    public IReadOnlyList<HeraldError> Warnings { get; init; } = [];

    /// <summary>When the content was fetched (a WARC record's date), if the source knows: the publication date of last resort.</summary>
    public DateTimeOffset? Fetched { get; init; }
}
