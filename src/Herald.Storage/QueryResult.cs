namespace Herald.Storage;

/// <summary>The answer to a query: named columns and rows of plain values (long, double, string or null).</summary>
/// <param name="Columns">The column names.</param>
/// <param name="Rows">The rows, one value per column.</param>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);
