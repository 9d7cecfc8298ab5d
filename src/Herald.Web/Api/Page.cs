using Herald.Storage;

namespace Herald.Web.Api;

/// <summary>One page of a list: its items in a stable order, and the offset of the next page, null at the end.</summary>
/// <param name="Offset">How many items came before this page.</param>
/// <param name="Limit">The most items a page holds.</param>
/// <param name="Next">The offset of the next page, or null when this is the last.</param>
/// <param name="Items">The items, each an object of column name and value.</param>
public sealed record Page(int Offset, int Limit, int? Next, IReadOnlyList<IReadOnlyDictionary<string, object?>> Items)
{
    /// <summary>The page of <paramref name="result"/>, which was asked for one row more than <paramref name="paging"/>'s limit to know whether another page follows.</summary>
    internal static Page Of(QueryResult result, Paging paging)
    {
        var more = result.Rows.Count > paging.Take;
        return new Page(paging.Skip, paging.Take, more ? paging.Skip + paging.Take : null, Rows.Objects(result, paging.Take));
    }
}

/// <summary>The <c>offset</c> and <c>limit</c> of a paged request: offset at least 0, limit 1 to <see cref="MaxLimit"/> (default <see cref="DefaultLimit"/>).</summary>
/// <param name="Offset">How many items to skip.</param>
/// <param name="Limit">How many items to return.</param>
public sealed record Paging(int? Offset, int? Limit)
{
    /// <summary>Items on a page when the request does not say.</summary>
    public const int DefaultLimit = 20;

    /// <summary>The most items one page may hold.</summary>
    public const int MaxLimit = 500;

    internal int Skip => Offset ?? 0;

    internal int Take => Limit ?? DefaultLimit;

    /// <summary>Throws <see cref="ArgumentException"/> when offset or limit is out of range.</summary>
    internal Paging Checked()
    {
        if (Skip < 0)
            throw new ArgumentException("offset must be 0 or more");
        if (Take is < 1 or > MaxLimit)
            throw new ArgumentException($"limit must be from 1 to {MaxLimit}");
        return this;
    }
}

/// <summary>Query rows as JSON objects keyed by column name.</summary>
internal static class Rows
{
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Objects(QueryResult result, int take = int.MaxValue)
    {
        var objects = new List<IReadOnlyDictionary<string, object?>>(Math.Min(take, result.Rows.Count));
        foreach (var row in result.Rows.Take(take))
        {
            var item = new Dictionary<string, object?>(result.Columns.Count);
            for (var i = 0; i < row.Length; i++)
                item[result.Columns[i]] = row[i];
            objects.Add(item);
        }
        return objects;
    }
}
