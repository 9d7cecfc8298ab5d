namespace Herald.Documents;

/// <summary>What is known about an article besides its text: where it came from and its metadata.</summary>
public sealed record ArticleInfo
{
    /// <summary>An identifier given by the source (a JSONL <c>id</c>, a file name), if any.</summary>
    public string? Id { get; init; }

    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>The authors, in byline order.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>When the article was published; the reference date for relative time expressions.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>When the article was last changed, if the page says so.</summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>The article's URL; for a web page, its canonical address.</summary>
    public string? Url { get; init; }

    /// <summary>The publisher or site name.</summary>
    public string? Source { get; init; }

    /// <summary>The language as a BCP 47 tag, such as <c>en</c>.</summary>
    public string? Language { get; init; }

    /// <summary>The address of the article's lead image.</summary>
    public string? Image { get; init; }
}
