using System.Data.Common;
using Herald.Storage.Queries;
using Herald.Storage.Schema;
using Npgsql;
using NpgsqlTypes;

namespace Herald.Storage.Postgres;

/// <summary>
/// The server archive: PostgreSQL, loaded with binary COPY, searched through a stored tsvector column with a
/// GIN index. Each batch is one transaction that locks out a second writer.
/// </summary>
public sealed class PostgresArchive : Archive
{
    // tsvector holds at most 1 MB; no news article comes near this many characters of text.
    private const int SearchedCharacters = 200_000;

    // Snippets come from the start of the text, where nearly all of a news article is: ts_headline parses all it is given.
    private const int SnippetCharacters = 10_000;

    private PostgresArchive(NpgsqlConnection connection, string where) : base(connection, "postgresql", $"PostgreSQL archive {where}", ["bigint", "double precision", "text"])
    {
    }

    /// <summary>
    /// Connects to and migrates the archive at <paramref name="connectionString"/> (Npgsql key=value form); with
    /// <paramref name="readOnly"/>, every transaction of the session is read-only and the schema must be current.
    /// </summary>
    public static PostgresArchive Open(string connectionString, bool readOnly = false)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (readOnly)
            builder.Options = $"{builder.Options} -c default_transaction_read_only=on".Trim();
        var connection = new NpgsqlConnection(builder.ConnectionString);
        return Opened(connection, () => { }, () => new PostgresArchive(connection, $"{builder.Host}:{builder.Port}/{builder.Database}"), readOnly);
    }

    /// <inheritdoc />
    protected override IEnumerable<string> BackendMigration(int version)
    {
        if (version != 1)
            yield break;
        yield return $"""
            ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', left(text, {SearchedCharacters})), 'B')) STORED
            """;
        yield return "CREATE INDEX articles_search ON articles USING gin (search)";
    }

    // The key of the advisory lock migrations take ("HERALD" in ASCII).
    private const long MigrationLockKey = 0x4845_5241_4C44;

    /// <inheritdoc />
    private protected override DbTransaction BeginMigration()
    {
        var transaction = Connection.BeginTransaction();
        ArchiveCommands.Execute(Connection, $"SELECT pg_advisory_xact_lock({MigrationLockKey})", transaction);
        return transaction;
    }

    /// <inheritdoc />
    private protected override DbTransaction BeginWrite()
    {
        var transaction = Connection.BeginTransaction();
        // One writer at a time: ids are handed out by the writer that holds this lock.
        ArchiveCommands.Execute(Connection, "LOCK TABLE articles IN EXCLUSIVE MODE", transaction);
        return transaction;
    }

    /// <inheritdoc />
    private protected override void Write(IReadOnlyList<StoredArticle> batch, DbTransaction transaction)
    {
        var connection = (NpgsqlConnection)Connection;
        foreach (var table in ArchiveTables.All)
        {
            using var copy = connection.BeginBinaryImport($"COPY {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)");
            foreach (var article in batch)
            {
                foreach (var row in table.Rows(article))
                {
                    copy.StartRow();
                    for (var i = 0; i < row.Length; i++)
                        Write(copy, row[i], table.Columns[i].Type);
                }
            }
            copy.Complete();
        }
    }

    private protected override QueryResult SearchText(SearchQuery query, SqlWhere filters)
    {
        _ = SearchTerms.ToFts5(query.Text!); // the same check as SQLite's: a query with no word is an error on both
        var where = filters.Add("a.search @@ q.query", "query", query.Text);
        // Rank every match, headline only the ones shown; titles (weight A) count more than text (B).
        var sql = $"""
            SELECT id, published, source, title,
                   ts_headline('english', left(text, {SnippetCharacters}), query, 'StartSel=[, StopSel=], MaxWords=24, MinWords=10, MaxFragments=1') AS snippet, score
            FROM (SELECT a.id, a.published, a.source, a.title, a.text, q.query, round(ts_rank(a.search, q.query)::numeric, 4)::double precision AS score
                  FROM articles a, websearch_to_tsquery('english', @query) AS q(query)
                  WHERE true{where.Sql(and: true)}
                  ORDER BY score DESC, a.id LIMIT @limit OFFSET @offset) top
            ORDER BY score DESC, id
            """;
        return Query(sql, where, query.Limit, query.Offset);
    }

    private static void Write(NpgsqlBinaryImporter copy, object? value, ColumnType type)
    {
        switch (value)
        {
            case null:
                copy.WriteNull();
                break;
            case string text:
                // PostgreSQL text cannot hold NUL.
                copy.Write(text.Contains('\0', StringComparison.Ordinal) ? text.Replace("\0", "", StringComparison.Ordinal) : text, NpgsqlDbType.Text);
                break;
            default:
                if (type == ColumnType.Real)
                    copy.Write(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Double);
                else
                    copy.Write(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Bigint);
                break;
        }
    }
}
