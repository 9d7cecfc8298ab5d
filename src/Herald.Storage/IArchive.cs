using Herald.Storage.Queries;
using Herald.Storage.Schema;

namespace Herald.Storage;

/// <summary>
/// An archive of analysed articles. Two backends implement it, SQLite and PostgreSQL, with the same
/// behaviour; <see cref="Archives.Open"/> picks one from a path or a postgres:// URL. One writer at a time.
/// </summary>
public interface IArchive : IDisposable
{
    /// <summary>Which backend, and where: for messages.</summary>
    string Description { get; }

    /// <summary>What an ingest needs to go on where the last one stopped: stored hashes, fingerprints, next id.</summary>
    IngestState LoadIngestState();

    /// <summary>Stores <paramref name="batch"/> in one transaction: all of it or, on failure, none.</summary>
    void Store(IReadOnlyList<StoredArticle> batch);

    /// <summary>Whether an article with content hash <paramref name="contentHash"/> is stored.</summary>
    bool Holds(string contentHash);

    /// <summary>The number of stored articles.</summary>
    long ArticleCount();

    /// <summary>Articles matching a full-text query, best first, with a snippet around the match.</summary>
    QueryResult Search(SearchQuery query);

    /// <summary>Events, each counted once across the articles that mention it.</summary>
    QueryResult Events(EventQuery query);

    /// <summary>Quotes, newest articles first.</summary>
    QueryResult Quotes(QuoteQuery query);

    /// <summary>Entities by the number of articles that name them.</summary>
    QueryResult Entities(EntityQuery query);

    /// <summary>Events per day (<c>day</c>, <c>grp</c>, <c>events</c>, <c>mentions</c>), grouped by root code or quad class.</summary>
    QueryResult Timeline(TimelineQuery query);

    /// <summary>Actor-to-actor edges with their events, mentions and average Goldstein score, the busiest first.</summary>
    QueryResult Network(NetworkQuery query);

    /// <summary>Places where events happen, with coordinates and event counts, the busiest first.</summary>
    QueryResult Places(PlaceQuery query);

    /// <summary>Publishers by their number of articles, from <paramref name="offset"/> on.</summary>
    QueryResult Outlets(int limit, int offset = 0);

    /// <summary>One entity over time: per publication day its articles, mentions, own tone and the articles' tone.</summary>
    QueryResult EntityDays(string name, string? type);

    /// <summary>The highest article id: it changes exactly when an ingest commits articles (articles are only ever added).</summary>
    long Generation();

    /// <summary>What the archive holds, as name and value rows.</summary>
    QueryResult Stats();

    /// <summary>The herald/1 JSON of the article with archive id or record key <paramref name="id"/>, or null.</summary>
    string? FindRecord(string id);

    /// <summary>Every stored record's herald/1 JSON, in archive order.</summary>
    IEnumerable<string> Records();

    /// <summary>The exported columns of <paramref name="table"/>, every row, in archive order.</summary>
    IEnumerable<object?[]> Read(Table table);

    /// <summary>Events with what GDELT's event table needs, one row per event: first article, day, actors, code, root, place, country, lat, lon, mentions, sources, articles, tone, URL.</summary>
    IEnumerable<object?[]> EventTable();
}
