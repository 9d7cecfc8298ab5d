namespace Herald.Storage.Schema;

/// <summary>
/// One archive table: its columns and the mapping from a stored article to its rows. Every table but
/// <c>articles</c> starts with the column <c>article</c>, the id of the article a row belongs to.
/// </summary>
/// <param name="Name">The SQL name.</param>
/// <param name="Description">What a row is, for docs and help.</param>
/// <param name="Columns">The columns in order; each row holds one value per column.</param>
/// <param name="Rows">The rows of one article, values in column order (null for SQL NULL).</param>
public sealed record Table(string Name, string Description, IReadOnlyList<Column> Columns, Func<StoredArticle, IEnumerable<object?[]>> Rows)
{
    /// <summary>The columns a schema of version <paramref name="version"/> has.</summary>
    public IEnumerable<Column> ColumnsAt(int version) => Columns.Where(c => c.Since <= version);

    /// <summary>The schema version that creates the table: that of its first column.</summary>
    public int Since => Columns[0].Since;
}
