using System.Data.Common;
using System.Globalization;
using Herald.Storage.Duplicates;
using Herald.Storage.Queries;
using Herald.Storage.Schema;

namespace Herald.Storage;

/// <summary>
/// What both backends share: migrations, the ingest state, and every query but full-text search, in SQL
/// that SQLite and PostgreSQL both run. A backend adds its types, its bulk write and its search.
/// </summary>
public abstract partial class Archive : IArchive
{
    private readonly string _backend;
    private readonly string[] _sqlTypes;

    /// <summary>An archive over <paramref name="connection"/> (call <see cref="Migrate"/> before use).</summary>
    /// <param name="connection">The connection, open.</param>
    /// <param name="backend">The backend's name, for <c>herald stats</c>.</param>
    /// <param name="description">Which backend and where, for messages.</param>
    /// <param name="sqlTypes">The SQL types of <see cref="ColumnType.Integer"/>, <see cref="ColumnType.Real"/> and <see cref="ColumnType.Text"/>.</param>
    private protected Archive(DbConnection connection, string backend, string description, string[] sqlTypes)
    {
        Connection = connection;
        _backend = backend;
        Description = description;
        _sqlTypes = sqlTypes;
    }

    /// <summary>The open connection.</summary>
    protected DbConnection Connection { get; }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>Backend-specific statements of migration <paramref name="version"/>, run after its tables: search indexes.</summary>
    protected abstract IEnumerable<string> BackendMigration(int version);

    /// <inheritdoc />
    public void Store(IReadOnlyList<StoredArticle> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        StoreLocked(_ => batch);
    }

    /// <summary>
    /// One write that other writers, in other processes, cannot interleave with: in one transaction holding the
    /// archive's write lock, <paramref name="plan"/> reads what it needs through the transaction and returns the
    /// articles to store, which are written and committed with it.
    /// </summary>
    internal void StoreLocked(Func<DbTransaction, IReadOnlyList<StoredArticle>> plan)
    {
        using var transaction = BeginWrite();
        var batch = plan(transaction);
        if (batch.Count > 0)
            Write(batch, transaction);
        transaction.Commit();
    }

    /// <summary>Begins a transaction that holds the archive's write lock until it ends.</summary>
    private protected abstract DbTransaction BeginWrite();

    /// <summary>Writes <paramref name="batch"/>'s rows to every table within <paramref name="transaction"/>.</summary>
    private protected abstract void Write(IReadOnlyList<StoredArticle> batch, DbTransaction transaction);

    /// <inheritdoc />
    public bool Holds(string contentHash)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        return HeldHashes([contentHash]).Count > 0;
    }

    /// <inheritdoc />
    public long ArticleCount() => ArchiveCommands.Scalar(Connection, "SELECT count(*) FROM articles");

    /// <summary>Which of <paramref name="contentHashes"/> are stored, seen through <paramref name="transaction"/> when given.</summary>
    internal HashSet<string> HeldHashes(IReadOnlyList<string> contentHashes, DbTransaction? transaction = null)
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        if (contentHashes.Count == 0)
            return held;
        using var command = ArchiveCommands.Create(Connection, $"SELECT content_hash FROM articles WHERE content_hash IN ({string.Join(", ", contentHashes.Select((_, i) => "@h" + i.ToString(CultureInfo.InvariantCulture)))})", transaction);
        for (var i = 0; i < contentHashes.Count; i++)
            ArchiveCommands.Bind(command, "h" + i.ToString(CultureInfo.InvariantCulture), contentHashes[i]);
        foreach (var row in ArchiveCommands.Rows(command))
            held.Add((string)row[0]!);
        return held;
    }

    /// <summary>The highest article id, 0 when there is none, seen through <paramref name="transaction"/> when given.</summary>
    internal long LastId(DbTransaction? transaction = null)
    {
        using var command = ArchiveCommands.Create(Connection, "SELECT coalesce(max(id), 0) FROM articles", transaction);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Adds to <paramref name="index"/> the fingerprints of articles with ids above <paramref name="after"/>; returns the last id read.</summary>
    internal long ReadFingerprints(DuplicateIndex index, long after, DbTransaction? transaction = null)
    {
        using var command = ArchiveCommands.Create(Connection, "SELECT id, fingerprint, duplicate_group FROM articles WHERE id > @after AND fingerprint IS NOT NULL ORDER BY id", transaction);
        ArchiveCommands.Bind(command, "after", after);
        foreach (var row in ArchiveCommands.Rows(command))
        {
            after = Convert.ToInt64(row[0], CultureInfo.InvariantCulture);
            index.Add(MinHash.FromText((string)row[1]!), Convert.ToInt64(row[2], CultureInfo.InvariantCulture));
        }
        return after;
    }

    /// <inheritdoc />
    public QueryResult Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new SqlWhere()
            .Add("substr(a.published, 1, 10) >= @from", "from", query.From)
            .Add("substr(a.published, 1, 10) <= @to", "to", query.To)
            .Contains("a.source", "source", query.Source)
            .Add("a.id IN (SELECT n.article FROM entities n WHERE n.name = @entity)", "entity", query.Entity)
            .StartsWith("a.id IN (SELECT v.article FROM events v WHERE v.code LIKE @code)", "code", query.Code);
        if (query.HasText)
            return SearchText(query, where);
        var sql = $"""
            SELECT a.id, a.published, a.source, a.title, substr(a.text, 1, 240) AS snippet, NULL AS score
            FROM articles a{where.Sql()}
            ORDER BY coalesce(a.published, '') DESC, a.id DESC LIMIT @limit OFFSET @offset
            """;
        return Query(sql, where, query.Limit, query.Offset);
    }

    /// <summary>
    /// Full-text search for <paramref name="query"/>'s words among the articles <paramref name="filters"/>
    /// keeps (alias <c>a</c> for articles), best first, ties by id, with a snippet; <c>@limit</c> and <c>@offset</c> page it.
    /// </summary>
    private protected abstract QueryResult SearchText(SearchQuery query, SqlWhere filters);

    /// <summary>
    /// Opens <paramref name="connection"/>, runs <paramref name="prepare"/> on it, creates the archive with
    /// <paramref name="create"/> and migrates it (read-only: checks that its schema is current); on failure closes it.
    /// </summary>
    private protected static TArchive Opened<TArchive>(DbConnection connection, Action prepare, Func<TArchive> create, bool readOnly = false) where TArchive : Archive
    {
        ArgumentNullException.ThrowIfNull(connection);
        try
        {
            connection.Open();
            prepare();
            var archive = create();
            if (readOnly)
                archive.RequireCurrentSchema();
            else
                archive.Migrate();
            return archive;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Brings the schema up to <see cref="ArchiveTables.LatestVersion"/>, one versioned migration per transaction.
    /// Several processes may open a new archive at once (fleet workers starting together): each transaction
    /// holds <see cref="BeginMigration"/>'s lock and reads the version afresh, so no version is applied twice.
    /// </summary>
    public void Migrate()
    {
        while (true)
        {
            using var transaction = BeginMigration();
            ArchiveCommands.Execute(Connection, "CREATE TABLE IF NOT EXISTS herald_schema (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)", transaction);
            using var read = ArchiveCommands.Create(Connection, "SELECT coalesce(max(version), 0) FROM herald_schema", transaction);
            var version = Convert.ToInt32(read.ExecuteScalar(), CultureInfo.InvariantCulture) + 1;
            if (version > ArchiveTables.LatestVersion + 1)
                throw new InvalidOperationException($"the archive has schema version {version - 1}, newer than this herald's {ArchiveTables.LatestVersion}; use a newer herald");
            if (version > ArchiveTables.LatestVersion)
                return;
            foreach (var statement in Migrations.Statements(version, type => _sqlTypes[(int)type]).Concat(BackendMigration(version)))
                ArchiveCommands.Execute(Connection, statement, transaction);
            using var record = ArchiveCommands.Create(Connection, "INSERT INTO herald_schema (version, applied) VALUES (@version, @applied)", transaction);
            ArchiveCommands.Bind(record, "version", version);
            ArchiveCommands.Bind(record, "applied", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    // A read-only connection cannot migrate: it reads only an archive of the schema this code writes.
    private void RequireCurrentSchema()
    {
        var current = ArchiveCommands.Scalar(Connection, "SELECT coalesce(max(version), 0) FROM herald_schema");
        if (current != ArchiveTables.LatestVersion)
            throw new InvalidOperationException($"the archive has schema version {current}, this herald reads version {ArchiveTables.LatestVersion}; open it once for writing (herald ingest) to migrate it");
    }

    /// <summary>Begins a transaction that keeps other processes from migrating the archive until it ends.</summary>
    private protected abstract DbTransaction BeginMigration();

    /// <inheritdoc />
    public IngestState LoadIngestState()
    {
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        var index = new DuplicateIndex();
        using var command = ArchiveCommands.Create(Connection, "SELECT id, content_hash, fingerprint, duplicate_group FROM articles ORDER BY id");
        long last = 0;
        foreach (var row in ArchiveCommands.Rows(command))
        {
            last = Convert.ToInt64(row[0], CultureInfo.InvariantCulture);
            hashes.Add((string)row[1]!);
            if (row[2] is string fingerprint)
                index.Add(MinHash.FromText(fingerprint), Convert.ToInt64(row[3], CultureInfo.InvariantCulture));
        }
        return new IngestState(hashes, index, last + 1);
    }

    /// <inheritdoc />
    public QueryResult Events(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new SqlWhere()
            .Contains("coalesce(e.source_actor, '') || ' ' || coalesce(e.target_actor, '')", "actor", query.Actor)
            .Contains("e.source_actor", "source_actor", query.SourceActor)
            .Contains("e.target_actor", "target_actor", query.TargetActor)
            .StartsWith("e.code LIKE @code", "code", query.Code)
            .Add("e.root_code = @root", "root", query.Root?.PadLeft(2, '0'))
            .Add("upper(e.country) = upper(@country)", "country", query.Country)
            .Contains("e.place", "place", query.Place)
            .Add("e.event_date >= @from", "from", query.From)
            .Add("e.event_date <= @to", "to", query.To);
        var sql = $"""
            SELECT min(e.event_date) AS date, min(e.source_actor) AS source_actor, min(e.code) AS code, min(e.target_actor) AS target_actor,
                   min(e.place) AS place, min(e.country) AS country, count(*) AS mentions, count(DISTINCT a.source) AS sources,
                   count(DISTINCT e.article) AS articles, count(DISTINCT a.duplicate_group) AS stories
            FROM events e JOIN articles a ON a.id = e.article{where.Sql()}
            GROUP BY e.event_key ORDER BY mentions DESC, date, code, e.event_key LIMIT @limit OFFSET @offset
            """;
        return Query(sql, where, query.Limit, query.Offset);
    }

    /// <inheritdoc />
    public QueryResult Quotes(QuoteQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new SqlWhere()
            .Contains("coalesce(q.speaker_name, q.source, '')", "speaker", query.Speaker)
            .Contains("q.content", "contains", query.Contains);
        var sql = $"""
            SELECT a.id AS article, a.published, a.source AS outlet, coalesce(q.speaker_name, q.source) AS speaker, q.kind, q.content
            FROM quotes q JOIN articles a ON a.id = q.article{where.Sql()}
            ORDER BY a.published DESC, a.id, q.idx LIMIT @limit OFFSET @offset
            """;
        return Query(sql, where, query.Limit, query.Offset);
    }

    /// <inheritdoc />
    public QueryResult Entities(EntityQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new SqlWhere()
            .Add("upper(e.type) = upper(@type)", "type", query.Type)
            .Add("e.name = @name", "name", query.Name);
        var sql = $"""
            SELECT e.name, e.type, count(DISTINCT e.article) AS articles, sum(e.mentions) AS mentions,
                   min(e.country) AS country, min(e.actor_code) AS actor_code, {Rounded("avg(e.tone)", 3)} AS tone
            FROM entities e{where.Sql()}
            GROUP BY e.name, e.type ORDER BY articles DESC, mentions DESC, e.name, e.type LIMIT @limit OFFSET @offset
            """;
        return Query(sql, where, query.Top, query.Offset);
    }

    /// <inheritdoc />
    public long Generation() => LastId();

    /// <inheritdoc />
    public QueryResult Stats()
    {
        var rows = new List<object?[]>
        {
            new object?[] { "backend", _backend },
            new object?[] { "schema version", ArchiveTables.LatestVersion },
        };
        using (var command = ArchiveCommands.Create(Connection, """
            SELECT count(*), coalesce(sum(words), 0), count(DISTINCT source), min(published), max(published), count(DISTINCT duplicate_group)
            FROM articles
            """))
        {
            var summary = ArchiveCommands.Rows(command).Single();
            rows.Add(["articles", summary[0]]);
            rows.Add(["words", summary[1]]);
            rows.Add(["outlets", summary[2]]);
            rows.Add(["first published", summary[3]]);
            rows.Add(["last published", summary[4]]);
            rows.Add(["articles that are near copies", Convert.ToInt64(summary[0], CultureInfo.InvariantCulture) - Convert.ToInt64(summary[5], CultureInfo.InvariantCulture)]);
        }
        rows.Add(["distinct events", ArchiveCommands.Scalar(Connection, "SELECT count(DISTINCT event_key) FROM events")]);
        foreach (var table in ArchiveTables.All.Skip(1))
            rows.Add([$"{table.Name} rows", ArchiveCommands.Scalar(Connection, $"SELECT count(*) FROM {table.Name}")]);
        return new QueryResult(["what", "value"], rows);
    }

    /// <inheritdoc />
    public string? FindRecord(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var command = ArchiveCommands.Create(Connection, "SELECT record FROM articles WHERE id = @id OR key = @key ORDER BY id LIMIT 1");
        ArchiveCommands.Bind(command, "id", long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1L);
        ArchiveCommands.Bind(command, "key", id);
        return command.ExecuteScalar() as string;
    }

    /// <inheritdoc />
    public IEnumerable<string> Records()
    {
        using var command = ArchiveCommands.Create(Connection, "SELECT record FROM articles ORDER BY id");
        foreach (var row in ArchiveCommands.Rows(command))
            yield return (string)row[0]!;
    }

    /// <inheritdoc />
    public IEnumerable<object?[]> Read(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = string.Join(", ", table.Columns.Where(c => c.Exported).Select(c => c.Name));
        var order = table == ArchiveTables.Articles ? "id" : string.Join(", ", table.Columns.Take(2).Select(c => c.Name));
        using var command = ArchiveCommands.Create(Connection, $"SELECT {columns} FROM {table.Name} ORDER BY {order}");
        foreach (var row in ArchiveCommands.Rows(command))
            yield return row;
    }

    /// <inheritdoc />
    public IEnumerable<object?[]> EventTable()
    {
        using var command = ArchiveCommands.Create(Connection, """
            SELECT min(e.article) AS first_article, min(e.event_date) AS day, min(e.source_actor) AS source_actor, min(e.target_actor) AS target_actor,
                   min(e.code) AS code, min(e.root_code) AS root_code, min(e.place) AS place, min(e.country) AS country,
                   avg(e.lat) AS lat, avg(e.lon) AS lon, count(*) AS mentions, count(DISTINCT a.source) AS sources,
                   count(DISTINCT e.article) AS articles, avg(t.tone) AS tone, min(a.url) AS url
            FROM events e JOIN articles a ON a.id = e.article LEFT JOIN tone t ON t.article = e.article
            GROUP BY e.event_key ORDER BY first_article, min(e.idx)
            """);
        foreach (var row in ArchiveCommands.Rows(command))
            yield return row;
    }

    /// <summary>SQL for <paramref name="expression"/> rounded to <paramref name="places"/> decimals, the same on both backends (PostgreSQL has no two-argument round of a double).</summary>
    private protected static string Rounded(string expression, int places)
    {
        var scale = Math.Pow(10, places).ToString("0", CultureInfo.InvariantCulture);
        return $"round({expression} * {scale}) / {scale}.0";
    }

    /// <summary>Runs <paramref name="sql"/> with the filters of <paramref name="where"/>, <c>@limit</c> and <c>@offset</c>.</summary>
    private protected QueryResult Query(string sql, SqlWhere where, int limit, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(where);
        using var command = ArchiveCommands.Create(Connection, sql);
        where.Bind(command);
        ArchiveCommands.Bind(command, "limit", (long)limit);
        ArchiveCommands.Bind(command, "offset", (long)offset);
        return ArchiveCommands.Result(command);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the connection.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
            Connection.Dispose();
    }
}
