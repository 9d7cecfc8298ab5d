using Herald.Documents;
using Herald.Geo;
using Herald.Quotes;

namespace Herald.Actors;

/// <summary>
/// Codes the entities the recogniser found. A person by the dictionary on the article's date, else by the title said
/// with a name ("Kremlin aide", "Republican Senator") or an apposition ("Ivan Sorokin, a Kremlin spokesman"), its
/// country filled from the dictionary, the country named before it in its sentence or the article's most named
/// country; an organisation by the dictionary. A place
/// by what it resolved to: a country is the dictionary's code for the name, else its ISO code; another place is an
/// actor only as an agent (see <see cref="Metonymy"/>): a capital then stands for the government ("Moscow denies" is
/// RUSGOV), another place for its country. A decision with a null code says the span names no actor ("a meeting in
/// Moscow", a person nobody knows), so dictionary phrases inside it are dropped.
/// </summary>
internal sealed class EntityActors(Document document, ActorDictionary dictionary, DateOnly date, bool placesAreActors)
{
    private readonly Dictionary<int, Place> _placeOf = PlacesByMention(document);
    private DependencyView? _view;

    /// <summary>The decision for each mention that has one, and the code of each entity decided as a whole.</summary>
    public (Dictionary<int, (string? Code, string Source)> Mentions, Dictionary<int, string> Entities) Decide()
    {
        var mentions = new Dictionary<int, (string? Code, string Source)>();
        var entities = new Dictionary<int, string>();
        var context = ContextCountry();
        for (var e = 0; e < document.Entities.Count; e++)
        {
            var entity = document.Entities[e];
            switch (entity.Type)
            {
                case EntityTypes.Person:
                    var person = PersonCode(entity, context);
                    foreach (var m in entity.Mentions)
                        mentions[m] = person;
                    if (person.Code is { } code)
                        entities[e] = code;
                    break;
                case EntityTypes.Organization when DictionaryEntry(entity)?.CodeOn(date) is { } organisation:
                    foreach (var m in entity.Mentions)
                        mentions[m] = (organisation, "dictionary");
                    entities[e] = organisation;
                    break;
                case EntityTypes.Location:
                    var all = true;
                    foreach (var m in entity.Mentions)
                    {
                        if (PlaceCode(entity, m) is { } place)
                        {
                            mentions[m] = place;
                            all &= place.Source is "country" or "dictionary";
                        }
                        else
                            all = false;
                    }
                    if (all && entity.Mentions.Count > 0 && mentions[entity.Mentions[0]].Code is { } country)
                        entities[e] = country;
                    break;
            }
        }
        return (mentions, entities);
    }

    private (string? Code, string Source) PersonCode(Entity entity, string? context)
    {
        var entry = DictionaryEntry(entity);
        var dated = entry?.CodeOn(date);
        // A dictionary code with a role wins; one with only a country yields to a title that gives a role
        // ("Bree Prime Minister Romendacil", whom the dictionary knows as BRE, is BREGOV).
        if (dated is not null && ActorCodes.RoleOf(dated) is not null)
            return (dated, "dictionary");
        foreach (var m in entity.Mentions)
        {
            var mention = document.Mentions[m];
            var title = mention.Role is { } role ? WithRegion(TitleCode(TitleDocument(role), 0, int.MaxValue), TitleTokens(document, mention, role)) : null;
            if ((title ?? AppositionCode(mention)) is { } code)
            {
                if (code.StartsWith(ActorCodes.UnknownCountry, StringComparison.Ordinal) && (dated ?? entry?.AnyCountry ?? CountryBefore(mention) ?? context) is { } country)
                    code = country + code[ActorCodes.UnknownCountry.Length..];
                if (dated is null || ActorCodes.RoleOf(code) is not null)
                    return (code, "title");
            }
        }
        return (dated ?? entry?.AnyCountry, "dictionary");
    }

    /// <summary>
    /// The tokens of a person's title written right before the name ("Kremlin aide" of "Kremlin aide Yuri Ushakov"),
    /// a comma between them allowed ("Trump's adviser, John Bolton").
    /// </summary>
    internal static (int Start, int End) TitleTokens(Document document, Mention mention, string role)
    {
        var end = mention.TokenStart;
        if (end > 0 && document.Token(end - 1).Chars is ",")
            end--;
        return (Math.Max(0, end - PhraseTrie<string>.Words(role).Count), end);
    }

    // A title that names a region ("New Jersey Governor Chris Christie") takes the region's country from the places
    // layer: the dictionary alone would read "Jersey" or "Mexico" inside the region's name.
    private string? WithRegion(string? code, (int Start, int End) title)
    {
        if (code is null || ActorCodes.RoleOf(code) is not { } role || ActorCodes.CountryOf(code) is null && !code.StartsWith(ActorCodes.UnknownCountry, StringComparison.Ordinal))
            return code;
        foreach (var (m, place) in _placeOf)
        {
            var region = document.Mentions[m];
            if (region.TokenStart >= title.Start && region.TokenEnd <= title.End && place.Country is { } country
                && place.Feature?.StartsWith("PCL", StringComparison.Ordinal) != true && !code.StartsWith(country, StringComparison.Ordinal))
                return country + role;
        }
        return code;
    }

    // The code the role words of tokens [start, end) of a text give ("U.S. President" is USAGOV, "senator" ---LEG), or null with none.
    private string? TitleCode(Document text, int start, int end)
    {
        var spans = new List<ActorSpan>();
        PhraseMatcher.Find(text, dictionary, date, start, Math.Min(end, text.TokenCount), spans);
        var combined = SpanCombiner.Combine(text, spans, _ => null);
        return combined.LastOrDefault(s => s.Source == "agent").Code;
    }

    // The code of an apposition next to the name: "Ivan Sorokin, a Kremlin spokesman," or "the Kremlin's spokesman, Ivan Sorokin".
    private string? AppositionCode(Mention mention)
    {
        if ((document.Layers & Layers.Dependencies) == 0)
            return null;
        _view ??= new DependencyView(document);
        var head = Metonymy.HeadOf(document, mention);
        foreach (var child in _view.Children(head))
        {
            if (child >= mention.TokenEnd && _view.Relation(child) == "appos")
            {
                var (first, last) = _view.Subtree(child);
                return TitleCode(document, first, last + 1);
            }
        }
        var governor = document.Token(head).Head;
        if (_view.Relation(head) == "appos" && governor >= 0 && governor < mention.TokenStart)
            return TitleCode(document, _view.Subtree(governor).First, governor + 1);
        return null;
    }

    private static Document TitleDocument(string role)
    {
        var spans = new List<Herald.Text.TokenSpan>();
        Herald.Text.NewsTokenizer.Default.Tokenize(role, spans);
        var title = new Document(role);
        title.SetTokens([.. spans.Select(s => new TokenData(s.Start, s.Length))]);
        title.SetSentences(spans.Count == 0 ? [] : [new SentenceData(0, spans.Count)]);
        return title;
    }

    // The entry of the entity's canonical name, else of the first mention that is exactly a dictionary phrase.
    private ActorEntry? DictionaryEntry(Entity entity)
    {
        if (dictionary.FindActor(entity.Name) is { } named)
            return named;
        foreach (var m in entity.Mentions)
        {
            if (ExactEntry(document.Mentions[m]) is { } entry)
                return entry;
        }
        return null;
    }

    // The entry of the dictionary phrase that is exactly the mention, or null.
    private ActorEntry? ExactEntry(Mention mention) =>
        dictionary.Actors.Match(document, mention.TokenStart, mention.TokenEnd, out var entry) == mention.TokenEnd - mention.TokenStart ? entry : null;

    private (string? Code, string Source)? PlaceCode(Entity entity, int m)
    {
        var mention = document.Mentions[m];
        var place = _placeOf.GetValueOrDefault(m);
        var named = ExactEntry(mention)?.CodeOn(date);
        if (place is null || place.Feature?.StartsWith("PCL", StringComparison.Ordinal) == true || placesAreActors && named is not null)
        {
            if (named is not null)
                return (named, "dictionary");
            return (place?.Country ?? entity.Country) is { } country ? (country, "country") : null;
        }
        if (place.Country is null || !Metonymy.IsAgent(document, mention, dictionary))
            return (null, "place");
        return IsCapital(place, mention) ? (place.Country + "GOV", "metonymy") : (place.Country, "place");
    }

    // The place is a national capital, or carries the name of its country's capital ("Washington" resolved to the state).
    private bool IsCapital(Place place, Mention mention)
    {
        if (place.Feature == "PPLC")
            return true;
        var gazetteer = GeoGazetteer.Default;
        var capital = gazetteer.CountryByIso3(place.Country!) is { } country ? gazetteer.Capital(country) : null;
        var name = new Span(document, mention.TokenStart, mention.TokenEnd).Text;
        return capital is not null && capital.Name.StartsWith(name, StringComparison.Ordinal);
    }

    // The country of the nearest place or nationality named before the mention in its sentence ("in Ivory Coast ...
    // after President Laurent Gbagbo", "an Argentine prosecutor ... accusing former President Cristina Fernandez").
    private string? CountryBefore(Mention mention)
    {
        var sentence = document.TokenRecords[mention.TokenStart].Sentence;
        string? country = null;
        var nearest = -1;
        foreach (var entity in document.Entities)
        {
            if (entity.Country is null || entity.Type is not (EntityTypes.Location or EntityTypes.Norp))
                continue;
            foreach (var m in entity.Mentions)
            {
                var other = document.Mentions[m];
                if (other.TokenEnd <= mention.TokenStart && other.TokenEnd > nearest && document.TokenRecords[other.TokenStart].Sentence == sentence)
                    (nearest, country) = (other.TokenEnd, entity.Country);
            }
        }
        return country;
    }

    // The country the article names most, by mentions of country names and nationalities: whose officials "senator" and "minister" most likely are.
    private string? ContextCountry() => document.Entities
        .Where(e => e.Country is not null && e.Type is EntityTypes.Location or EntityTypes.Norp)
        .GroupBy(e => e.Country!)
        .Select(g => (Country: g.Key, Mentions: g.Sum(e => e.Mentions.Count)))
        .OrderByDescending(c => c.Mentions)
        .Select(c => c.Country)
        .FirstOrDefault();

    private static Dictionary<int, Place> PlacesByMention(Document document)
    {
        var places = new Dictionary<int, Place>();
        foreach (var place in document.Places)
        {
            foreach (var m in place.Mentions)
                places[m] = place;
        }
        return places;
    }
}
