using Herald.Documents;

namespace Herald.Analysis;

/// <summary>How a batch runs.</summary>
public sealed record BatchOptions
{
    /// <summary>Threads to analyse on; all cores by default.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Metadata for articles that lack it, such as a publication date given on the command line.</summary>
    public ArticleInfo? Defaults { get; init; }
}
