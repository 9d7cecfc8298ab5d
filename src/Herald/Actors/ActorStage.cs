using Herald.Documents;
using Herald.Entities.Canonical;
using Herald.Pipeline;

namespace Herald.Actors;

/// <summary>
/// Codes who acts in the article as CAMEO actors and fills <see cref="Document.Actors"/>, in text order, without
/// overlaps. Dictionary phrases are found on the tokens alone (<see cref="PhraseMatcher"/>), so a dictionary of
/// names no recogniser knows still codes; where the recogniser ran, its entities decide (<see cref="EntityActors"/>);
/// then role words join the actors next to them (<see cref="SpanCombiner"/>). Codes with dates resolve on the
/// article's publication day, or today when it has none. Also sets <see cref="Entity.ActorCode"/> and
/// <see cref="Entity.Country"/> of the entities coded as a whole.
/// </summary>
public sealed class ActorStage : IStage
{
    private readonly ActorDictionary? _dictionary;

    /// <summary>A stage over Herald's dictionary (<see cref="ActorDictionary.Default"/>), loaded on first use.</summary>
    public ActorStage() { }

    /// <summary>A stage over <paramref name="dictionary"/> only, such as a PETRARCH one (<see cref="ActorDictionary.LoadPetrarch"/>).</summary>
    public ActorStage(ActorDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _dictionary = dictionary;
    }

    /// <summary>The shared default instance.</summary>
    public static ActorStage Default { get; } = new();

    /// <summary>
    /// Whether a place whose name is a dictionary phrase is that actor wherever it stands ("memos from Bree"), as
    /// PETRARCH codes. By default such a place is an actor only where it stands for those who govern it (see
    /// <see cref="Metonymy"/>): "a meeting in Moscow" names a place.
    /// </summary>
    public bool PlacesAreActors { get; init; }

    /// <inheritdoc />
    public string Name => "actors";

    /// <inheritdoc />
    /// <remarks>Entities, places and the dependency parse are used when present.</remarks>
    public Layers Requires => Layers.Tokens | Layers.Sentences;

    /// <inheritdoc />
    public Layers Assigns => Layers.Actors;

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var dictionary = _dictionary ?? ActorDictionary.Default;
        var date = DateOnly.FromDateTime((document.Info.Published ?? DateTimeOffset.UtcNow).UtcDateTime);
        var spans = PhraseMatcher.Find(document, dictionary, date);
        var (mentions, entities) = new EntityActors(document, dictionary, date, PlacesAreActors).Decide();
        var personEnds = new Dictionary<int, string>();
        foreach (var (m, (code, source)) in mentions)
        {
            var mention = document.Mentions[m];
            var isPerson = mention.Type == EntityTypes.Person;
            if (isPerson && code is not null)
                personEnds[mention.TokenEnd] = code;
            Replace(spans, mention.TokenStart, mention.TokenEnd, code is null ? null : ActorSpan.ForActor(mention.TokenStart, mention.TokenEnd, code, source) with { TakesAgents = !isPerson });
            if (isPerson && mention.Role is { } role && EntityActors.TitleTokens(document, mention, role) is var (start, end) && !FollowsPossessive(document, start))
                spans.RemoveAll(s => s.Start >= start && s.End <= end); // the title belongs to the person: its words are not actors of their own
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var combined = SpanCombiner.Combine(document, spans, start => PossessorCountry(document, personEnds, start));
        Fill(document, combined, entities);
        document.MarkAssigned(Layers.Actors);
    }

    // Puts an entity's decision in place of the dictionary spans it overlaps, unless a longer phrase holds the whole mention.
    private static void Replace(List<ActorSpan> spans, int start, int end, ActorSpan? decision)
    {
        if (spans.Any(s => s.Start <= start && s.End >= end && s.End - s.Start > end - start))
            return;
        spans.RemoveAll(s => s.Start < end && s.End > start);
        if (decision is { } span)
            spans.Add(span);
    }

    // "Ithilen's awful minister Calimehtar": a title after the possessive of a country or institution, with only
    // modifiers between, makes the possessor's role and takes the name into it (SpanCombiner), so its words stay.
    // A person's title after another person's possessive ("Trump's adviser John Bolton") is the named person's.
    private static bool FollowsPossessive(Document document, int titleStart)
    {
        for (var t = titleStart - 1; t >= Math.Max(1, titleStart - 6); t--)
        {
            var token = document.Token(t);
            if (CanonicalEntitiesStage.IsPossessive(token.Text))
                return !document.Mentions.Any(m => m.TokenEnd == t && m.Type == EntityTypes.Person);
            if (token.Upos is not ("ADJ" or "ADV" or "CCONJ" or "NOUN"))
                return false;
        }
        return false;
    }

    // The country of the person whose possessive stands right before a role word ("Trump's adviser").
    private static string? PossessorCountry(Document document, Dictionary<int, string> personEnds, int start) =>
        start > 0 && CanonicalEntitiesStage.IsPossessive(document.Token(start - 1).Text) && personEnds.TryGetValue(start - 1, out var code) ? ActorCodes.CountryOf(code) : null;

    private static void Fill(Document document, List<ActorSpan> spans, Dictionary<int, string> entities)
    {
        var mentionAt = new Dictionary<(int, int), int>();
        foreach (var mention in document.Mentions)
        {
            if (mention.Entity >= 0)
                mentionAt.TryAdd((mention.TokenStart, mention.TokenEnd), mention.Entity);
        }
        document.Actors.Clear();
        foreach (var span in spans)
        {
            int? entity = mentionAt.TryGetValue((span.Start, span.End), out var e) ? e : null;
            document.Actors.Add(new ActorMention(span.Start, span.End, span.Code!, entity)
            {
                Country = ActorCodes.CountryOf(span.Code!),
                Role = ActorCodes.RoleOf(span.Code!),
                Source = span.Source,
            });
        }
        foreach (var (e, code) in entities)
            document.Entities[e] = document.Entities[e] with { ActorCode = code, Country = document.Entities[e].Country ?? ActorCodes.CountryOf(code) };
    }
}
