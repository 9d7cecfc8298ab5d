using Herald.Storage.Queries;

namespace Herald.Storage;

/// <summary>The questions an explorer asks: events over time, who acts on whom, where, and one entity over time.</summary>
public abstract partial class Archive
{
    /// <inheritdoc />
    public QueryResult Timeline(TimelineQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        // The grouping column comes from this fixed choice, never from the request.
        var group = query.By == TimelineGroup.QuadClass ? "e.quad_class" : "e.root_code";
        var where = EventWindow(null, query.From, query.To);
        var sql = $"""
            SELECT e.event_date AS day, {group} AS grp, count(DISTINCT e.event_key) AS events, count(*) AS mentions
            FROM events e WHERE e.event_date IS NOT NULL AND {group} IS NOT NULL{where.Sql(and: true)}
            GROUP BY e.event_date, {group} ORDER BY day, grp LIMIT @limit OFFSET @offset
            """;
        return Query(sql, where, int.MaxValue);
    }

    /// <inheritdoc />
    public QueryResult Network(NetworkQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = EventWindow(query.Root, query.From, query.To)
            .Contains("e.source_actor || ' ' || e.target_actor", "actor", query.Actor);
        var sql = $"""
            SELECT e.source_actor AS source, e.target_actor AS target, count(DISTINCT e.event_key) AS events, count(*) AS mentions,
                   {Rounded("avg(e.goldstein)", 2)} AS goldstein
            FROM events e WHERE e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL AND e.source_actor <> e.target_actor{where.Sql(and: true)}
            GROUP BY e.source_actor, e.target_actor ORDER BY events DESC, mentions DESC, source, target LIMIT @limit OFFSET @offset
            """;
        return Query(sql, where, query.Limit, query.Offset);
    }

    /// <inheritdoc />
    public QueryResult Places(PlaceQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = EventWindow(query.Root, query.From, query.To);
        var sql = $"""
            SELECT e.place, e.country, {Rounded("avg(e.lat)", 4)} AS lat, {Rounded("avg(e.lon)", 4)} AS lon,
                   count(DISTINCT e.event_key) AS events, count(*) AS mentions
            FROM events e WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL{where.Sql(and: true)}
            GROUP BY e.place, e.country ORDER BY events DESC, mentions DESC, e.place, e.country LIMIT @limit OFFSET @offset
            """;
        return Query(sql, where, query.Limit);
    }

    /// <inheritdoc />
    public QueryResult Outlets(int limit, int offset = 0)
    {
        const string sql = """
            SELECT a.source, count(*) AS articles FROM articles a WHERE a.source IS NOT NULL
            GROUP BY a.source ORDER BY articles DESC, a.source LIMIT @limit OFFSET @offset
            """;
        return Query(sql, new SqlWhere(), limit, offset);
    }

    /// <inheritdoc />
    public QueryResult EntityDays(string name, string? type)
    {
        ArgumentNullException.ThrowIfNull(name);
        var where = new SqlWhere()
            .With("name", name)
            .Add("upper(e.type) = upper(@type)", "type", type);
        // Per publication day: articles naming it, its mentions, its own tone, and the tone of those articles.
        var sql = $"""
            SELECT substr(a.published, 1, 10) AS day, count(DISTINCT e.article) AS articles, sum(e.mentions) AS mentions,
                   {Rounded("avg(e.tone)", 3)} AS tone, {Rounded("avg(t.tone)", 3)} AS article_tone
            FROM entities e JOIN articles a ON a.id = e.article LEFT JOIN tone t ON t.article = e.article
            WHERE e.name = @name AND a.published IS NOT NULL{where.Sql(and: true)}
            GROUP BY substr(a.published, 1, 10) ORDER BY day LIMIT @limit OFFSET @offset
            """;
        return Query(sql, where, int.MaxValue);
    }

    // Events of one root code within a window of days.
    private static SqlWhere EventWindow(string? root, string? from, string? to) => new SqlWhere()
        .Add("e.root_code = @root", "root", root?.PadLeft(2, '0'))
        .Add("e.event_date >= @from", "from", from)
        .Add("e.event_date <= @to", "to", to);
}
