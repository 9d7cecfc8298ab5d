using System.Data.Common;
using System.Globalization;

namespace Herald.Storage.Queries;

/// <summary>Builds a WHERE clause from optional filters, each bound as a parameter, never spliced into the SQL.</summary>
internal sealed class SqlWhere
{
    private readonly List<string> _clauses = [];
    private readonly List<(string Name, object Value)> _parameters = [];

    /// <summary>Adds <paramref name="clause"/> (which uses <c>@name</c>) when <paramref name="value"/> is given.</summary>
    public SqlWhere Add(string clause, string name, object? value)
    {
        if (value is null or "")
            return this;
        _clauses.Add(clause);
        _parameters.Add((name, value));
        return this;
    }

    /// <summary>Binds a parameter that the SQL uses outside the WHERE clause.</summary>
    public SqlWhere With(string name, object value)
    {
        _parameters.Add((name, value));
        return this;
    }

    /// <summary>Adds a case-insensitive "contains" filter on <paramref name="expression"/>.</summary>
    public SqlWhere Contains(string expression, string name, string? value) =>
        Add($"lower({expression}) LIKE @{name}", name, value is null or "" ? null : "%" + value.ToLower(CultureInfo.InvariantCulture) + "%");

    /// <summary>Adds <paramref name="clause"/>, which compares with <c>LIKE @name</c>, for values starting with <paramref name="prefix"/>.</summary>
    public SqlWhere StartsWith(string clause, string name, string? prefix) => Add(clause, name, prefix is null or "" ? null : prefix + "%");

    /// <summary><c> WHERE a AND b</c>, or nothing; with <paramref name="and"/> true, <c> AND a AND b</c>.</summary>
    public string Sql(bool and = false) => _clauses.Count == 0 ? "" : (and ? " AND " : " WHERE ") + string.Join(" AND ", _clauses);

    public void Bind(DbCommand command)
    {
        foreach (var (name, value) in _parameters)
            ArchiveCommands.Bind(command, name, value);
    }
}
