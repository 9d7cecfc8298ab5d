using Herald.Storage.Postgres;
using Herald.Storage.Sqlite;
using Npgsql;

namespace Herald.Storage;

/// <summary>Opens an archive from what the user gives <c>--db</c>: a SQLite file path, or a PostgreSQL URL.</summary>
public static class Archives
{
    /// <summary>The archive <c>herald</c> uses when <c>--db</c> is not given.</summary>
    public const string DefaultPath = "herald.db";

    /// <summary>True when <paramref name="target"/> names a PostgreSQL server rather than a SQLite file.</summary>
    public static bool IsPostgres(string target) =>
        target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || target.StartsWith("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Opens and migrates the archive at <paramref name="target"/>: <c>postgres://user:password@host:port/database</c>
    /// (or an Npgsql <c>Host=...</c> string) for PostgreSQL, anything else a SQLite file. With
    /// <paramref name="readOnly"/>, opens an existing archive of the current schema for reading only.
    /// </summary>
    public static Archive Open(string target, bool readOnly = false)
    {
        ArgumentNullException.ThrowIfNull(target);
        return IsPostgres(target) ? PostgresArchive.Open(ConnectionString(target), readOnly) : SqliteArchive.Open(target, readOnly);
    }

    /// <summary>The Npgsql connection string for a postgres:// URL; a Host=... string as it is.</summary>
    public static string ConnectionString(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.StartsWith("Host=", StringComparison.OrdinalIgnoreCase))
            return target;
        var url = new Uri(target);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = url.Host,
            Port = url.IsDefaultPort || url.Port <= 0 ? 5432 : url.Port,
            Database = url.AbsolutePath.Trim('/') is { Length: > 0 } database ? Uri.UnescapeDataString(database) : "postgres",
        };
        if (url.UserInfo.Length > 0)
        {
            var parts = url.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
                builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return builder.ConnectionString;
    }

    /// <summary><paramref name="target"/> fit for messages: a PostgreSQL URL without its user and password.</summary>
    public static string Redact(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!IsPostgres(target))
            return target;
        if (target.StartsWith("Host=", StringComparison.OrdinalIgnoreCase))
        {
            var builder = new NpgsqlConnectionStringBuilder(target);
            return $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
        }
        return Uri.TryCreate(target, UriKind.Absolute, out var url) ? $"postgres://{url.Host}{(url.IsDefaultPort || url.Port <= 0 ? "" : ":" + url.Port)}{url.AbsolutePath}" : "postgres://...";
    }
}
