using Herald.Documents;
using Herald.Entities.Lexicons;

namespace Herald.Entities.Canonical;

/// <summary>Assigns each named mention of one document a group key and builds the groups in order of first mention.</summary>
internal sealed class EntityGrouper(Document document, DemonymLexicon lexicon)
{
    private readonly Dictionary<string, HashSet<string>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byFirstName = new(StringComparer.Ordinal);

    /// <summary>Groups <paramref name="mentions"/>; may re-type a mention (a nationality tagged MISC becomes NORP, a known surname PERSON).</summary>
    public List<EntityGroup> Group(List<Mention> mentions)
    {
        var names = mentions.Select(m => Name(m)).ToArray();
        for (var m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].Type == EntityTypes.Person && names[m].Split(' ') is { Length: >= 2 } words)
            {
                Index(_bySurname, words[^1], PersonKey(words));
                Index(_byFirstName, words[0], PersonKey(words));
            }
        }
        var groups = new Dictionary<string, EntityGroup>(StringComparer.Ordinal);
        var ordered = new List<EntityGroup>();
        var forms = new Dictionary<EntityGroup, List<string>>();
        for (var m = 0; m < mentions.Count; m++)
        {
            if (Classify(mentions[m], names[m]) is not { } found)
                continue;
            if (found.Type != mentions[m].Type && found.Type is EntityTypes.Person or EntityTypes.Norp)
                mentions[m] = mentions[m] with { Type = found.Type };
            if (!groups.TryGetValue(found.Key, out var group))
            {
                group = new EntityGroup(found.Key, found.Type) { Country = found.Country, Name = found.FixedName ?? "" };
                groups.Add(found.Key, group);
                ordered.Add(group);
                forms[group] = [];
            }
            group.Mentions.Add(m);
            forms[group].Add(names[m]);
        }
        foreach (var group in ordered.Where(g => g.Name.Length == 0))
            group.Name = forms[group].OrderByDescending(f => f.Length).First();
        return ordered;
    }

    private (string Key, string Type, string? Country, string? FixedName)? Classify(Mention mention, string name)
    {
        if (name.Length == 0)
            return null;
        switch (mention.Type)
        {
            case EntityTypes.Person:
                return ("P:" + PersonKeyOf(name), EntityTypes.Person, null, null);
            case EntityTypes.Norp:
                return Norp(name);
            case EntityTypes.Organization or EntityTypes.Location or EntityTypes.Miscellaneous:
                if (lexicon.TryGet(name, out var entry))
                {
                    if (entry.NamesCountry && entry.Country is { } iso)
                        return ("C:" + iso, EntityTypes.Location, iso, lexicon.CountryName(iso) ?? name);
                    if (mention.Type == EntityTypes.Miscellaneous)
                        return Norp(name);
                }
                else if (!name.Contains(' ', StringComparison.Ordinal) && Unique(_bySurname, name) is { } person)
                    return ("P:" + person, EntityTypes.Person, null, null);
                return ("N:" + name.ToUpperInvariant(), mention.Type, null, null);
            default:
                return null;
        }
    }

    private (string, string, string?, string?) Norp(string name)
    {
        if (lexicon.TryGet(name, out var entry) && entry.Country is { } iso)
            return ("NORP:" + iso, EntityTypes.Norp, iso, lexicon.Adjective(iso) ?? name);
        var singular = name.EndsWith('s') && lexicon.TryGet(name[..^1], out _) ? name[..^1] : name;
        return ("NORP:" + singular, EntityTypes.Norp, null, singular);
    }

    // A full name keys by its first and last word ("Donald J. Trump" = "Donald Trump"); one word by the full name it is unambiguously part of.
    private string PersonKeyOf(string name)
    {
        var words = name.Split(' ');
        if (words.Length >= 2)
            return PersonKey(words);
        return Unique(_bySurname, name) ?? (_bySurname.ContainsKey(name) ? name : Unique(_byFirstName, name)) ?? name;
    }

    private static string PersonKey(string[] words) => words[0] + " " + words[^1];

    private static void Index(Dictionary<string, HashSet<string>> index, string word, string key)
    {
        if (!index.TryGetValue(word, out var keys))
            index.Add(word, keys = new HashSet<string>(StringComparer.Ordinal));
        keys.Add(key);
    }

    private static string? Unique(Dictionary<string, HashSet<string>> index, string word) =>
        index.TryGetValue(word, out var keys) && keys.Count == 1 ? keys.First() : null;

    // The mention's name: its words with single spaces, without a leading article.
    private string Name(Mention mention)
    {
        var start = mention.TokenStart;
        if (mention.TokenEnd - start > 1 && document.Token(start).Text is "the" or "The")
            start++;
        return RoleFinder.SpanText(document, start, mention.TokenEnd);
    }
}
