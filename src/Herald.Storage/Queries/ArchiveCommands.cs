using System.Data.Common;

namespace Herald.Storage.Queries;

/// <summary>Small ADO.NET helpers shared by both backends.</summary>
internal static class ArchiveCommands
{
    public static DbCommand Create(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static void Bind(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    public static void Execute(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        using var command = Create(connection, sql, transaction);
        command.ExecuteNonQuery();
    }

    public static long Scalar(DbConnection connection, string sql)
    {
        using var command = Create(connection, sql);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The rows of <paramref name="command"/>, read lazily, with DBNull as null.</summary>
    public static IEnumerable<object?[]> Rows(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return Row(reader);
    }

    /// <summary>Runs <paramref name="command"/> and gathers its rows with their column names.</summary>
    public static QueryResult Result(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<object?[]>();
        while (reader.Read())
            rows.Add(Row(reader));
        return new QueryResult(columns, rows);
    }

    private static object?[] Row(DbDataReader reader)
    {
        var row = new object?[reader.FieldCount];
        for (var i = 0; i < row.Length; i++)
            row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
        return row;
    }
}
