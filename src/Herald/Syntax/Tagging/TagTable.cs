namespace Herald.Syntax.Tagging;

internal static class TagTable
{
    public static Dictionary<string, short> Index(IReadOnlyList<string> names)
    {
        var ids = new Dictionary<string, short>(names.Count, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
            ids.Add(names[i], (short)i);
        return ids;
    }
}
