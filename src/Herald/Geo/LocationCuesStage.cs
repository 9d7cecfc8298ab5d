using Herald.Documents;
using Herald.Entities.Lexicons;
using Herald.Pipeline;

namespace Herald.Geo;

/// <summary>
/// Corrects the entity recognizer where the text itself says a name is a place. A person, organisation or
/// miscellaneous mention becomes a location (<see cref="Mention.Source"/> <c>gazetteer</c>) when its words are a
/// place in the gazetteer and one of these holds: it follows a locative preposition or "downtown" ("in Lakeview",
/// "near Milford"); it follows ", of" after a name and age ("Jane Roe, 41, of Oak Ridge"); it stands before a
/// word of local government ("Dover city manager", "Salem police", "Kazan Mayor") or for a local person or
/// area ("a Dayton woman", "the Tulsa area"); it is listed with a location ("Bristol, Derby and Bath"); or
/// the same words are a location elsewhere in the article. A mention that is a name followed by "County", "Parish"
/// or "Township" ("Marion County") needs no cue: the division word says it. A short form of a division after a
/// place and a comma ("Topeka, Kan.") becomes a location mention of its own. Runs after the entity rules and before
/// canonical entities.
/// </summary>
public sealed class LocationCuesStage : IStage
{
    private static readonly HashSet<string> LocativePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "near", "outside", "into", "throughout", "across", "around", "within", "toward", "towards", "downtown",
    };

    private static readonly HashSet<string> LocalWordsAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "police", "mayor", "city", "town", "township", "village", "county", "residents", "council", "councilman",
        "councilwoman", "aldermen", "sheriff", "firefighters", "schools", "officials", "man", "woman", "men", "women",
        "teen", "resident", "native", "area",
    };

    private readonly GeoGazetteer? _gazetteer;
    private readonly DemonymLexicon? _lexicon;

    /// <summary>A stage over the default gazetteer and demonym lexicon, loaded on first use.</summary>
    public LocationCuesStage() { }

    /// <summary>A stage over <paramref name="gazetteer"/> and <paramref name="lexicon"/>.</summary>
    public LocationCuesStage(GeoGazetteer gazetteer, DemonymLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(lexicon);
        _gazetteer = gazetteer;
        _lexicon = lexicon;
    }

    /// <summary>The shared default instance.</summary>
    public static LocationCuesStage Default { get; } = new();

    /// <summary>The <see cref="Mention.Source"/> of a mention this stage turned into a location.</summary>
    public const string GazetteerSource = "gazetteer";

    /// <inheritdoc />
    public string Name => "location-cues";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Entities;

    /// <inheritdoc />
    public Layers Assigns => Layers.None;

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var gazetteer = _gazetteer ?? GeoGazetteer.Default;
        var lexicon = _lexicon ?? DemonymLexicon.Default;
        var mentions = document.Mentions;
        var locations = new HashSet<string>(mentions.Where(m => m.Type == EntityTypes.Location).Select(m => Words(document, m)), StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Type is not (EntityTypes.Person or EntityTypes.Organization or EntityTypes.Miscellaneous))
                continue;
            var words = Words(document, mention);
            var folded = PlaceNames.Fold(words);
            // "Marion County", "Neches River": the division or feature word is cue enough.
            if (UnlistedPlaces.IsDivisionName(folded) || UnlistedPlaces.EndsWithFeatureWord(folded)
                || (IsPlaceName(gazetteer, lexicon, words) && (locations.Contains(words) || HasCue(document, mentions, i))))
                mentions[i] = mention with { Type = EntityTypes.Location, Source = GazetteerSource };
        }
        AddDivisionShortForms(document, gazetteer);
    }

    // "Topeka, Kan.", "Jackson, Miss.": a short form of a division with its dot, right after a place and a comma, is a
    // place too, though the recognizer, which rarely sees these forms, often leaves it out.
    private static void AddDivisionShortForms(Document document, GeoGazetteer gazetteer)
    {
        var mentions = document.Mentions;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var form = mentions[i].TokenEnd + 1;
            if (mentions[i].Type != EntityTypes.Location || TokenText(document, mentions[i].TokenEnd) != "," || TokenText(document, form) is not { } word
                || !word.EndsWith('.') || !char.IsUpper(word[0]) || (i + 1 < mentions.Count && mentions[i + 1].TokenStart <= form)
                || !gazetteer.Lookup(word).Any(e => e.IsAdmin1))
                continue;
            mentions.Insert(i + 1, new Mention(form, form + 1, EntityTypes.Location, -1) { Source = GazetteerSource });
        }
    }

    private static string Words(Document document, Mention mention) => new Span(document, mention.TokenStart, mention.TokenEnd).Text;

    // A populated place, division or country of that name; never a lone short word such as an initialism, and
    // never a nationality ("Kenyan", "Finns"), which the gazetteer also knows as a name of its country.
    private static bool IsPlaceName(GeoGazetteer gazetteer, DemonymLexicon lexicon, string words) =>
        words.Length > 2
        && !(lexicon.TryGet(words, out var demonym) && demonym.Kind is DemonymKind.Adjective or DemonymKind.People)
        && gazetteer.Lookup(words).Any(e => e.FeatureClass == 'P' || e.IsCountry || e.IsAdmin1);

    private static bool HasCue(Document document, List<Mention> mentions, int index)
    {
        var mention = mentions[index];
        var before = TokenText(document, mention.TokenStart - 1);
        var after = TokenText(document, mention.TokenEnd);
        if (before is not null && LocativePrepositions.Contains(before))
            return true;
        if (after is not null && LocalWordsAfter.Contains(after))
            return true;
        if (before == "of" && TokenText(document, mention.TokenStart - 2) == ",")
            return true;
        return IsListedWithLocation(document, mentions, index);
    }

    // A neighbouring mention, across only a comma, "and" or "or", is a location.
    private static bool IsListedWithLocation(Document document, List<Mention> mentions, int index)
    {
        var mention = mentions[index];
        if (index > 0 && mentions[index - 1].Type == EntityTypes.Location && OnlyListWords(document, mentions[index - 1].TokenEnd, mention.TokenStart))
            return true;
        return index + 1 < mentions.Count && mentions[index + 1].Type == EntityTypes.Location && OnlyListWords(document, mention.TokenEnd, mentions[index + 1].TokenStart);
    }

    private static bool OnlyListWords(Document document, int from, int to)
    {
        if (to <= from || to - from > 2)
            return false;
        for (var t = from; t < to; t++)
        {
            if (TokenText(document, t) is not ("," or "and" or "or"))
                return false;
        }
        return true;
    }

    private static string? TokenText(Document document, int index) =>
        index >= 0 && index < document.TokenCount ? document.Token(index).Chars.ToString() : null;
}
