namespace Herald.Storage.Schema;

/// <summary>The kinds of value a column holds; each backend maps them to its own SQL types.</summary>
public enum ColumnType
{
    /// <summary>A 64-bit integer.</summary>
    Integer,

    /// <summary>A double-precision number.</summary>
    Real,

    /// <summary>Unicode text.</summary>
    Text,
}

/// <summary>One column of an archive table, and the schema version that added it.</summary>
/// <param name="Name">The SQL name.</param>
/// <param name="Type">What it holds.</param>
/// <param name="Since">The migration that adds it; 1 for the first schema.</param>
public sealed record Column(string Name, ColumnType Type, int Since = 1)
{
    /// <summary>False for a column left out of CSV and Parquet exports (the whole record, which JSONL exports).</summary>
    public bool Exported { get; init; } = true;
}
