using Herald.Storage;
using Herald.Storage.Schema;
using Herald.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Herald.Tests.Archive;

public sealed class MigrationTests
{
    [Fact]
    public void An_archive_of_schema_version_1_gains_the_later_tables_and_columns_and_keeps_its_rows()
    {
        using var dir = new TempDir();
        var db = dir.PathOf("v1.db");
        string[] sqliteTypes = ["INTEGER", "REAL", "TEXT"];
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            IEnumerable<string> statements =
            [
                "CREATE TABLE herald_schema (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)",
                .. Migrations.Statements(1, type => sqliteTypes[(int)type]),
                "INSERT INTO herald_schema VALUES (1, '2026-11-01T00:00:00Z')",
                "INSERT INTO tone (article, tone, word_count) VALUES (7, -1.5, 300)",
            ];
            foreach (var sql in statements)
            {
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                command.ExecuteNonQuery();
            }
        }

        using (Archives.Open(db)) { }

        using var check = new SqliteConnection($"Data Source={db};Pooling=False");
        check.Open();
        Assert.Equal(ArchiveTables.LatestVersion, Convert.ToInt32(Scalar(check, "SELECT max(version) FROM herald_schema")));
        Assert.Equal(1L, Scalar(check, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'actors'"));
        Assert.Equal(-1.5, Scalar(check, "SELECT tone FROM tone WHERE article = 7"));
        Assert.Equal(DBNull.Value, Scalar(check, "SELECT self_group_density FROM tone WHERE article = 7"));
        Assert.Equal(0L, Scalar(check, "SELECT count(goldstein) FROM events"));
    }

    private static object Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }
}
