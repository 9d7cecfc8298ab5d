using System.Data.Common;
using Herald.Storage.Queries;
using Herald.Storage.Schema;
using Microsoft.Data.Sqlite;

namespace Herald.Storage.Sqlite;

/// <summary>
/// The embedded archive: one SQLite file in WAL mode, full-text search through an FTS5 index over the
/// articles' titles and texts. A committed batch survives the process being killed.
/// </summary>
public sealed class SqliteArchive : Archive
{
    private readonly Dictionary<Table, SqliteCommand> _inserts = [];
    private SqliteCommand? _searchInsert;

    private SqliteArchive(SqliteConnection connection, string path) : base(connection, "sqlite", $"SQLite archive {path}", ["INTEGER", "REAL", "TEXT"])
    {
    }

    /// <summary>
    /// Opens (creating it if need be) and migrates the archive at <paramref name="path"/>; with
    /// <paramref name="readOnly"/>, opens an existing, current archive for reading only.
    /// </summary>
    public static SqliteArchive Open(string path, bool readOnly = false)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 60,
        }.ToString());
        // WAL: readers never block the writer; NORMAL sync: a commit survives a killed process (not a power cut).
        return Opened(connection,
            () => ArchiveCommands.Execute(connection, readOnly ? "PRAGMA busy_timeout = 60000" : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 60000"),
            () => new SqliteArchive(connection, path), readOnly);
    }

    /// <inheritdoc />
    protected override IEnumerable<string> BackendMigration(int version)
    {
        if (version == 1)
            yield return "CREATE VIRTUAL TABLE article_search USING fts5(title, text, content='articles', content_rowid='id', tokenize='porter unicode61')";
    }

    /// <inheritdoc />
    private protected override DbTransaction BeginMigration() => BeginWrite();

    /// <inheritdoc />
    private protected override DbTransaction BeginWrite() => Connection.BeginTransaction(); // BEGIN IMMEDIATE: the write lock from the start

    /// <inheritdoc />
    private protected override void Write(IReadOnlyList<StoredArticle> batch, DbTransaction writing)
    {
        var transaction = (SqliteTransaction)writing;
        var search = SearchInsert(transaction);
        foreach (var article in batch)
        {
            foreach (var table in ArchiveTables.All)
            {
                var insert = Insert(table, transaction);
                foreach (var row in table.Rows(article))
                {
                    for (var i = 0; i < row.Length; i++)
                        insert.Parameters[i].Value = row[i] ?? DBNull.Value;
                    insert.ExecuteNonQuery();
                }
            }
            search.Parameters[0].Value = article.Id;
            search.Parameters[1].Value = (object?)article.Record.Article.Title ?? DBNull.Value;
            search.Parameters[2].Value = article.Record.Article.Text;
            search.ExecuteNonQuery();
        }
    }

    private protected override QueryResult SearchText(SearchQuery query, SqlWhere filters)
    {
        // The filters pick article ids; the unary + keeps SQLite from probing the FTS index once per id.
        var filter = filters.Sql() is { Length: > 0 } clauses ? $" AND +rowid IN (SELECT a.id FROM articles a{clauses})" : "";
        filters.With("query", SearchTerms.ToFts5(query.Text!));
        // Titles weigh four times as much as body text. The inner query ranks every match and keeps the best;
        // only those get a snippet, which is the costly part.
        var sql = $"""
            SELECT a.id, a.published, a.source, a.title, snippet(article_search, 1, '[', ']', '…', 16) AS snippet,
                   -bm25(article_search, 4.0, 1.0) AS score
            FROM article_search JOIN articles a ON a.id = article_search.rowid
            WHERE article_search MATCH @query AND article_search.rowid IN (
                SELECT rowid FROM article_search WHERE article_search MATCH @query{filter}
                ORDER BY bm25(article_search, 4.0, 1.0), rowid LIMIT @limit OFFSET @offset)
            ORDER BY score DESC, a.id
            """;
        return Query(sql, filters, query.Limit, query.Offset);
    }

    private SqliteCommand Insert(Table table, SqliteTransaction transaction)
    {
        if (!_inserts.TryGetValue(table, out var command))
            _inserts[table] = command = Prepare(table.Name, table.Columns.Select(c => c.Name).ToArray());
        command.Transaction = transaction;
        return command;
    }

    private SqliteCommand SearchInsert(SqliteTransaction transaction)
    {
        _searchInsert ??= Prepare("article_search", ["rowid", "title", "text"]);
        _searchInsert.Transaction = transaction;
        return _searchInsert;
    }

    private SqliteCommand Prepare(string table, string[] columns)
    {
        var command = (SqliteCommand)Connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        for (var i = 0; i < columns.Length; i++)
            command.Parameters.Add(new SqliteParameter("$p" + i, DBNull.Value));
        return command;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var command in _inserts.Values)
                command.Dispose();
            _searchInsert?.Dispose();
        }
        base.Dispose(disposing);
    }
}
