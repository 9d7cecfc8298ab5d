namespace Herald.Entities.Canonical;

/// <summary>A group of mention indices being built into one entity.</summary>
internal sealed class EntityGroup(string key, string type)
{
    public string Key { get; } = key;

    public string Type { get; set; } = type;

    public string Name { get; set; } = "";

    public string? Country { get; set; }

    public List<int> Mentions { get; } = [];
}
