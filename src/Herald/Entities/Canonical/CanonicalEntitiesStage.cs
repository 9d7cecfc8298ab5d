using Herald.Documents;
using Herald.Entities.Lexicons;
using Herald.Pipeline;

namespace Herald.Entities.Canonical;

/// <summary>
/// Groups the mentions of one referent into one <see cref="Entity"/> with a canonical name: a person's full
/// name absorbs the surname-only mentions when unambiguous; organisations and places group by normalised name,
/// and the names of a country ("U.S.", "US", "United States") by the country. Titles go to
/// <see cref="Mention.Role"/>, never into names. Numbers, ordinals, money, percentages and quantities are not
/// referents: their mentions keep entity -1. Entities come in order of first mention.
/// </summary>
public sealed class CanonicalEntitiesStage : IStage
{
    private readonly DemonymLexicon? _lexicon;

    /// <summary>A stage over the default demonym lexicon, loaded on first use.</summary>
    public CanonicalEntitiesStage() { }

    /// <summary>A stage over <paramref name="lexicon"/>.</summary>
    public CanonicalEntitiesStage(DemonymLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary>The shared default instance.</summary>
    public static CanonicalEntitiesStage Default { get; } = new();

    /// <inheritdoc />
    public string Name => "canonical-entities";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Tags;

    /// <inheritdoc />
    public Layers Assigns => Layers.Entities;

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lexicon = _lexicon ?? DemonymLexicon.Default;
        var mentions = document.Mentions;
        Normalise(document, mentions);
        var groups = new EntityGrouper(document, lexicon).Group(mentions);
        document.Entities.Clear();
        for (var m = 0; m < mentions.Count; m++)
            mentions[m] = mentions[m] with { Entity = -1 };
        foreach (var group in groups)
        {
            var index = document.Entities.Count;
            foreach (var m in group.Mentions)
                mentions[m] = mentions[m] with { Entity = index };
            document.Entities.Add(new Entity(group.Name, group.Type, group.Mentions) { Country = group.Country });
        }
        document.MarkAssigned(Layers.Entities);
    }

    // Drops trailing possessives from spans, moves titles out of PERSON spans, and finds titles said before names.
    private static void Normalise(Document document, List<Mention> mentions)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            var end = mention.TokenEnd;
            while (end - 1 > mention.TokenStart && IsPossessive(document.Token(end - 1).Text))
                end--;
            if (end != mention.TokenEnd)
                mention = mention with { TokenEnd = end };
            if (mention.Type == EntityTypes.Person)
                mention = RoleFinder.TrimInside(document, mention);
            mentions[m] = mention;
        }
        var personTokens = new bool[document.TokenCount];
        foreach (var mention in mentions.Where(m => m.Type == EntityTypes.Person))
            Array.Fill(personTokens, true, mention.TokenStart, mention.TokenEnd - mention.TokenStart);
        for (var m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].Type == EntityTypes.Person && mentions[m].Role is null && RoleFinder.Before(document, mentions[m], personTokens) is { } role)
                mentions[m] = mentions[m] with { Role = role };
        }
    }

    internal static bool IsPossessive(string text) => text is "'s" or "'" or "\u2019s" or "\u2019" or "'S";
}
