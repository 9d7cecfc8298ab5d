namespace Herald.Storage.Queries;

/// <summary>
/// What <c>herald search</c> and <c>/api/articles</c> ask: words, "phrases", OR and -excluded words, with
/// optional filters; without words (null or blank), the matching articles newest first.
/// </summary>
/// <param name="Text">The query as the user typed it, or null for every article.</param>
/// <param name="From">Earliest publication day (ISO 8601), inclusive.</param>
/// <param name="To">Latest publication day (ISO 8601), inclusive.</param>
/// <param name="Source">The publisher, matched case-insensitively in part.</param>
/// <param name="Limit">The most results to return.</param>
/// <param name="Entity">Only articles naming the entity with exactly this name.</param>
/// <param name="Code">Only articles with an event whose CAMEO code starts with this.</param>
/// <param name="Offset">How many results of the stable order to skip (paging).</param>
public sealed record SearchQuery(string? Text, string? From = null, string? To = null, string? Source = null, int Limit = 20,
    string? Entity = null, string? Code = null, int Offset = 0)
{
    /// <summary>True when the query has words to look for rather than listing articles.</summary>
    public bool HasText => !string.IsNullOrWhiteSpace(Text);
}

/// <summary>What <c>herald events</c> asks; every filter is optional.</summary>
public sealed record EventQuery
{
    /// <summary>Either actor contains this, case-insensitively.</summary>
    public string? Actor { get; init; }

    /// <summary>The source actor contains this.</summary>
    public string? SourceActor { get; init; }

    /// <summary>The target actor contains this.</summary>
    public string? TargetActor { get; init; }

    /// <summary>The CAMEO code starts with this.</summary>
    public string? Code { get; init; }

    /// <summary>The CAMEO root code (the first two digits).</summary>
    public string? Root { get; init; }

    /// <summary>The place's country code.</summary>
    public string? Country { get; init; }

    /// <summary>The place's name contains this.</summary>
    public string? Place { get; init; }

    /// <summary>Earliest event day, inclusive.</summary>
    public string? From { get; init; }

    /// <summary>Latest event day, inclusive.</summary>
    public string? To { get; init; }

    /// <summary>The most events to return.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>How many events of the stable order to skip (paging).</summary>
    public int Offset { get; init; }
}

/// <summary>What <c>herald quotes</c> asks.</summary>
/// <param name="Speaker">The speaker (resolved name or source as written) contains this.</param>
/// <param name="Contains">The quote's content contains this.</param>
/// <param name="Limit">The most quotes to return.</param>
/// <param name="Offset">How many quotes of the stable order to skip (paging).</param>
public sealed record QuoteQuery(string? Speaker = null, string? Contains = null, int Limit = 50, int Offset = 0);

/// <summary>What <c>herald entities</c> asks.</summary>
/// <param name="Type">The entity type (PER, ORG, LOC, ...), any when null.</param>
/// <param name="Top">The most entities to return, by the number of articles naming them.</param>
/// <param name="Name">Only the entity with exactly this name (one row per type).</param>
/// <param name="Offset">How many entities of the stable order to skip (paging).</param>
public sealed record EntityQuery(string? Type = null, int Top = 20, string? Name = null, int Offset = 0);
