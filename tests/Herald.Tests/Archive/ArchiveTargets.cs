using Herald.Storage;
using Npgsql;

namespace Herald.Tests.Archive;

/// <summary>
/// Fresh, empty archives for the contract tests: a SQLite file in a temporary folder, or a new database on the
/// PostgreSQL server named by HERALD_TEST_POSTGRES (a connection string; .ci/run starts one). Without that
/// variable the PostgreSQL tests skip and say so.
/// </summary>
internal sealed class ArchiveTarget : IDisposable
{
    private const string Variable = "HERALD_TEST_POSTGRES";
    private readonly string? _directory;
    private readonly string? _database;

    private ArchiveTarget(string target, string? directory, string? database)
    {
        Target = target;
        _directory = directory;
        _database = database;
    }

    /// <summary>What <c>--db</c> would be given: a file path or a connection string.</summary>
    public string Target { get; }

    public static ArchiveTarget Create(string backend) => backend switch
    {
        "sqlite" => Sqlite(),
        "postgres" => Postgres(),
        _ => throw new ArgumentOutOfRangeException(nameof(backend), backend, "sqlite or postgres"),
    };

    public Storage.Archive Open() => Archives.Open(Target);

    private static ArchiveTarget Sqlite()
    {
        var directory = Path.Combine(Path.GetTempPath(), "herald-archive-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return new ArchiveTarget(Path.Combine(directory, "test.db"), directory, null);
    }

    private static ArchiveTarget Postgres()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrEmpty(server), $"PostgreSQL tests skipped: set {Variable} to a connection string (.ci/run starts a throwaway server when PostgreSQL is installed)");
        var database = "herald_test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            create.ExecuteNonQuery();
        }
        return new ArchiveTarget(new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = false }.ConnectionString, null, database);
    }

    public void Dispose()
    {
        if (_directory is not null)
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
        if (_database is not null)
        {
            using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(Variable));
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }
}
