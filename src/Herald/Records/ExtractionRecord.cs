namespace Herald.Records;

/// <summary>What <c>herald extract --format json</c> writes for one article: where it came from, its clean text and metadata.</summary>
public sealed class ExtractionRecord
{
    /// <summary>The schema version, the same as <see cref="ArticleRecord.CurrentSchema"/>.</summary>
    public string Schema { get; init; } = ArticleRecord.CurrentSchema;

    /// <summary>The article's id: the source's own, else derived from its origin.</summary>
    public required string Id { get; init; }

    /// <summary>Where the article was read from.</summary>
    public required OriginRecord Origin { get; init; }

    /// <summary>The article's text and metadata.</summary>
    public required ArticleBody Article { get; init; }

    /// <summary>Problems met that did not stop the article.</summary>
    public required IReadOnlyList<ProblemRecord> Warnings { get; init; }
}
