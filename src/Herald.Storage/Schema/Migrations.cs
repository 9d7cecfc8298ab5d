namespace Herald.Storage.Schema;

/// <summary>
/// The versioned migrations, derived from <see cref="ArchiveTables"/>: migration N creates the tables whose
/// first column has <c>Since = N</c>, adds the columns with <c>Since = N</c> to older tables, and builds the
/// indexes of version N. Backends add their search indexes after these statements.
/// </summary>
internal static class Migrations
{
    // Indexes by the version that adds them. The unique content hash is the last guard against doubles.
    private static readonly (int Version, string Sql)[] s_indexes =
    [
        (1, "CREATE UNIQUE INDEX articles_content_hash ON articles (content_hash)"),
        (1, "CREATE INDEX articles_key ON articles (key)"),
        (1, "CREATE INDEX articles_published ON articles (published)"),
        (1, "CREATE INDEX articles_duplicate_group ON articles (duplicate_group)"),
        (1, "CREATE INDEX events_event_key ON events (event_key)"),
        (1, "CREATE INDEX entities_name ON entities (name)"),
        (3, "CREATE INDEX events_event_date ON events (event_date)"),
    ];

    public static IEnumerable<string> Statements(int version, Func<ColumnType, string> sqlType)
    {
        foreach (var table in ArchiveTables.All)
        {
            if (table.Since == version)
            {
                var key = table == ArchiveTables.Articles ? " PRIMARY KEY" : "";
                var columns = table.ColumnsAt(version).Select((c, i) => $"{c.Name} {sqlType(c.Type)}{(i == 0 ? key : "")}");
                yield return $"CREATE TABLE {table.Name} ({string.Join(", ", columns)})";
                if (table != ArchiveTables.Articles)
                    yield return $"CREATE INDEX {table.Name}_article ON {table.Name} ({table.Columns[0].Name})";
            }
            else if (table.Since < version)
            {
                foreach (var column in table.Columns.Where(c => c.Since == version))
                    yield return $"ALTER TABLE {table.Name} ADD COLUMN {column.Name} {sqlType(column.Type)}";
            }
        }
        foreach (var (_, sql) in s_indexes.Where(i => i.Version == version))
            yield return sql;
    }
}
