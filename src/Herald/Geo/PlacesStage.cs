using Herald.Documents;
using Herald.Entities.Lexicons;
using Herald.Pipeline;

namespace Herald.Geo;

/// <summary>
/// Resolves the place mentions (<see cref="EntityTypes.Location"/>) to gazetteer entries with
/// <see cref="ToponymResolver"/>, using the nationalities the article names as context, and descriptions such as
/// "the French capital" (a country adjective before "capital") to that country's capital. Fills
/// <see cref="Document.Places"/>, one place per entry, in order of first mention.
/// </summary>
public sealed class PlacesStage : IStage
{
    private readonly GeoGazetteer? _gazetteer;
    private readonly DemonymLexicon? _lexicon;

    // The mention types whose names may hold a place's name ("Athens Police Department"); so may a place mention
    // whose whole name the gazetteer lacks ("North Texas", "Norfolk High School").
    private static readonly HashSet<string> s_namesWithPlaces = [EntityTypes.Organization, EntityTypes.Miscellaneous];

    /// <summary>A stage over the default gazetteer and demonym lexicon, loaded on first use.</summary>
    public PlacesStage() { }

    /// <summary>A stage over <paramref name="gazetteer"/> and <paramref name="lexicon"/>.</summary>
    public PlacesStage(GeoGazetteer gazetteer, DemonymLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(lexicon);
        _gazetteer = gazetteer;
        _lexicon = lexicon;
    }

    /// <summary>The shared default instance.</summary>
    public static PlacesStage Default { get; } = new();

    /// <inheritdoc />
    public string Name => "places";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Entities;

    /// <inheritdoc />
    public Layers Assigns => Layers.Places;

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var gazetteer = _gazetteer ?? GeoGazetteer.Default;
        var lexicon = _lexicon ?? DemonymLexicon.Default;
        var places = new PlaceCollector(gazetteer);
        var resolver = new ToponymResolver(gazetteer);
        var mentions = Enumerable.Range(0, document.Mentions.Count).Where(m => document.Mentions[m].Type == EntityTypes.Location && IsProperName(document, document.Mentions[m])).ToList();
        var named = mentions.Select(m => ToponymOf(document, document.Mentions[m])).ToList();
        var unknown = mentions.Where((m, i) => !resolver.Knows(named[i].Name)).ToHashSet();
        var holders = Enumerable.Range(0, document.Mentions.Count).Where(m => s_namesWithPlaces.Contains(document.Mentions[m].Type) || unknown.Contains(m));
        var embedded = EmbeddedToponyms.Find(document, gazetteer, holders).ToList();
        var toponyms = named.Concat(embedded).ToList();
        var demonyms = Demonyms(document, lexicon, gazetteer).ToList();
        var entries = resolver.Resolve(document.Text, toponyms, [.. demonyms.Select(d => d.Country.Country)]);
        for (var i = 0; i < mentions.Count; i++)
            places.AddMention(entries[i], mentions[i]);
        var folded = toponyms.Select(t => PlaceNames.Fold(t.Name)).ToList();
        for (var i = mentions.Count; i < toponyms.Count; i++)
        {
            // The places of the article's other names, the same name left out so that it is no evidence for itself.
            var others = entries.Where((e, j) => folded[j] != folded[i]).OfType<GeoEntry>();
            if (entries[i] is { } entry && EmbeddedToponyms.IsSupported(entry, others))
                places.AddWithinName(entry, toponyms[i].Start, toponyms[i].End);
        }
        foreach (var (start, end, country) in demonyms)
            places.AddDemonym(country, start, end);
        foreach (var (start, end, capital) in CapitalDescriptions(document, lexicon, gazetteer))
            places.AddDescription(capital, start, end);
        document.Places.Clear();
        document.Places.AddRange(places.Places);
        document.MarkAssigned(Layers.Places);
    }

    // A place mention of one word that the tagger reads as a common word ("Man", "Police", "Central" at the start of a
    // sentence or headline) is the recognizer's mistake; short forms ("Ill.") and words in capitals ("BEIRUT") are
    // left to the recognizer, since the tagger knows them less well.
    private static bool IsProperName(Document document, Mention mention)
    {
        if (mention.TokenEnd - mention.TokenStart > 1)
            return true;
        var token = document.Token(mention.TokenStart);
        var word = token.Chars;
        return token.Upos is "PROPN" or null || word.EndsWith(".") || !word.ContainsAnyInRange('a', 'z');
    }

    // "Neches River", "Lake Vermont": a word for a geographic feature says the name is a place's. (A locative
    // preposition before it says so less surely: the recognizer's false places come after "in" too.)
    private static bool HasPlaceCue(string text) => UnlistedPlaces.HasFeatureWord(PlaceNames.Fold(text));

    private static Toponym ToponymOf(Document document, Mention mention)
    {
        var span = new Span(document, mention.TokenStart, mention.TokenEnd);
        return new Toponym(span.Start, span.End, span.Text) { IsSurelyPlace = HasPlaceCue(span.Text) };
    }

    // The nationality mentions ("French officials", "Georgians") with the country each names: places, and evidence of
    // the article's focus.
    private static IEnumerable<(int Start, int End, GeoEntry Country)> Demonyms(Document document, DemonymLexicon lexicon, GeoGazetteer gazetteer)
    {
        foreach (var mention in document.Mentions.Where(m => m.Type == EntityTypes.Norp))
        {
            var span = new Span(document, mention.TokenStart, mention.TokenEnd);
            if (lexicon.TryGet(span.Text, out var entry) && entry.Country is { } iso3 && gazetteer.CountryByIso3(iso3) is { } country && gazetteer.CountryEntry(country) is { } place)
                yield return (span.Start, span.End, place);
        }
    }

    // "the French capital", "the South Korean capital": a country adjective of one or two words right before "capital".
    private static IEnumerable<(int Start, int End, GeoEntry Capital)> CapitalDescriptions(Document document, DemonymLexicon lexicon, GeoGazetteer gazetteer)
    {
        for (var t = 1; t < document.TokenCount; t++)
        {
            if (!document.Token(t).Chars.Equals("capital", StringComparison.OrdinalIgnoreCase))
                continue;
            for (var words = 2; words >= 1; words--)
            {
                var first = t - words;
                if (first < 0)
                    continue;
                var start = document.Token(first).Start;
                var adjective = document.Text.AsSpan(start, document.Token(t - 1).End - start);
                if (!lexicon.TryGet(adjective, out var entry) || entry.Kind != DemonymKind.Adjective || entry.Country is not { } iso3)
                    continue;
                if (gazetteer.CountryByIso3(iso3) is { } country && gazetteer.Capital(country) is { } capital)
                {
                    var from = first > 0 && document.Token(first - 1).Chars.Equals("the", StringComparison.OrdinalIgnoreCase) ? document.Token(first - 1).Start : start;
                    yield return (from, document.Token(t).End, capital);
                }
                break;
            }
        }
    }

    // Groups mentions, descriptions, names inside names and nationalities by gazetteer entry.
    private sealed class PlaceCollector(GeoGazetteer gazetteer)
    {
        private readonly Dictionary<(long, string), int> _byId = [];
        private readonly List<(GeoEntry Entry, List<int> Mentions, List<(int, int)> Descriptions, List<(int, int)> WithinNames, List<(int, int)> Demonyms)> _places = [];

        public IEnumerable<Place> Places => _places.Select(p => new Place(p.Entry.Name, p.Entry.IsListed ? p.Entry.GeoNamesId : null,
            gazetteer.Country(p.Entry.Country)?.Iso3, p.Entry.Latitude, p.Entry.Longitude, p.Mentions)
        { Feature = p.Entry.FeatureCode, Descriptions = p.Descriptions, WithinNames = p.WithinNames, Demonyms = p.Demonyms });

        public void AddMention(GeoEntry? entry, int mention)
        {
            if (entry is not null)
                PlaceOf(entry).Mentions.Add(mention);
        }

        public void AddDescription(GeoEntry entry, int start, int end) => PlaceOf(entry).Descriptions.Add((start, end));

        public void AddDemonym(GeoEntry entry, int start, int end) => PlaceOf(entry).Demonyms.Add((start, end));

        public void AddWithinName(GeoEntry entry, int start, int end) => PlaceOf(entry).WithinNames.Add((start, end));

        private (GeoEntry Entry, List<int> Mentions, List<(int, int)> Descriptions, List<(int, int)> WithinNames, List<(int, int)> Demonyms) PlaceOf(GeoEntry entry)
        {
            // Unlisted divisions all have id 0: they are told apart by name.
            var key = (entry.GeoNamesId, entry.IsListed ? "" : entry.Name);
            if (!_byId.TryGetValue(key, out var index))
            {
                _byId[key] = index = _places.Count;
                _places.Add((entry, [], [], [], []));
            }
            return _places[index];
        }
    }
}
