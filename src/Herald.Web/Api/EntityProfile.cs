using Herald.Storage;
using Herald.Storage.Queries;

namespace Herald.Web.Api;

/// <summary>One entity across the archive: its totals (one row per type it was given) and its days.</summary>
/// <param name="Name">The entity's canonical name.</param>
/// <param name="Totals">Per type: articles, mentions, country, actor code, average tone.</param>
/// <param name="Days">Per publication day: articles, mentions, the entity's tone and the articles' tone.</param>
public sealed record EntityProfile(string Name, IReadOnlyList<IReadOnlyDictionary<string, object?>> Totals, IReadOnlyList<IReadOnlyDictionary<string, object?>> Days)
{
    // An entity has a handful of types at most.
    private const int MostTypes = 20;

    /// <summary>The profile of the entity called exactly <paramref name="name"/>, or null when no article names it.</summary>
    internal static EntityProfile? Find(IArchive archive, string name, string? type)
    {
        var totals = archive.Entities(new EntityQuery(type, MostTypes, name));
        return totals.Rows.Count == 0 ? null : new EntityProfile(name, Rows.Objects(totals), Rows.Objects(archive.EntityDays(name, type)));
    }
}
