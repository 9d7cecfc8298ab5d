using System.Collections.Frozen;
using Herald.Documents;

namespace Herald.Geo;

/// <summary>
/// Place names inside the names of organisations and other named things: "Athens" in "Athens Police Department",
/// "Henderson County" in "Henderson County Sheriff's Office", "Alexandria" in "University of Alexandria". Local
/// institutions are named after the town or county they serve, so such a name places the article as surely as the
/// town named alone. Two forms count: a gazetteer name at the start of the name (after "the" and a compass word)
/// followed by a word for an institution ("Police", "School", "Times"), and a gazetteer name after the last "of"
/// ("City of Athens"). "Wells Fargo" and "Delta Air Lines" do not count: no institution word follows the place.
/// </summary>
public static class EmbeddedToponyms
{
    private const int MaxPlaceWords = 4;

    /// <summary>How near another of the article's places a place inside a name must lie to count.</summary>
    public const double NearbyKilometres = 150;

    private static readonly FrozenSet<string> s_leadingWords = new[]
    {
        "the", "a", "an", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "northern", "southern", "eastern", "western", "central", "greater", "downtown", "metro",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words that name an institution serving a place: its government, police, courts, schools, services and press.
    private static readonly FrozenSet<string> s_institutionWords = new[]
    {
        "police", "sheriff", "sheriff's", "sheriff’s", "patrol", "fire", "rescue", "ems", "department", "dept.", "office",
        "council", "commission", "commissioners", "board", "court", "jail", "government", "authority", "agency",
        "bureau", "division", "district", "assembly", "legislature", "senate", "house", "city", "town", "village",
        "township", "borough", "county", "parish", "state", "municipal", "public", "regional", "school", "schools",
        "high", "middle", "elementary", "academy", "college", "university", "library", "museum", "hospital",
        "medical", "health", "clinic", "airport", "port", "transit", "water", "utilities", "chamber", "association",
        "society", "club", "church", "cathedral", "zoo", "park", "parks", "center", "centre", "times", "post",
        "news", "herald", "journal", "tribune", "gazette", "daily", "review", "chronicle", "press", "courier",
        "observer", "record", "star", "sun", "examiner", "republic", "register", "democrat", "sentinel", "telegraph",
        "national", "guard", "army", "navy", "military", "ministry", "parliament", "symphony", "orchestra",
        "historical", "heritage", "community", "memorial", "housing", "economic", "development", "planning",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The word lists looked up by a token's characters, without making a string of them.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_leading = s_leadingWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_institution = s_institutionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The place names that <paramref name="gazetteer"/> knows inside the <paramref name="mentions"/> (indices into
    /// the document's mentions) of <paramref name="document"/>, in the mentions' order.
    /// </summary>
    public static IEnumerable<Toponym> Find(Document document, GeoGazetteer gazetteer, IEnumerable<int> mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(mentions);
        foreach (var m in mentions)
        {
            var mention = document.Mentions[m];
            if ((AfterLastOf(document, gazetteer, mention) ?? Leading(document, gazetteer, mention)) is { } toponym)
                yield return toponym;
        }
    }

    /// <summary>
    /// Whether the article supports reading <paramref name="entry"/> as the place inside a name: it is a country, a
    /// continent, or a region, sea or strait of the team's list ("Strait of Hormuz" typed as an organisation), or a
    /// first-level division of a country the article names a place in, or <paramref name="others"/> (the places the
    /// article's other names resolve to, the same name left out so that it is no evidence for itself) hold a place in
    /// the same division or within <see cref="NearbyKilometres"/>. A town that shares its name with a founder or a word
    /// ("Lee Academy", "Supreme Court") is rarely near the places an article names.
    /// </summary>
    public static bool IsSupported(GeoEntry entry, IEnumerable<GeoEntry> others)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(others);
        if (entry.IsCountry || entry.FeatureClass is 'L' or 'H' or 'T')
            return true;
        if (entry.IsAdmin1)
            return others.Any(o => o.Country == entry.Country);
        return others.Any(o => !o.IsCountry && o.Country == entry.Country
            && (o.Admin1 == entry.Admin1 || GreatCircle.Kilometres(o.Latitude, o.Longitude, entry.Latitude, entry.Longitude) <= NearbyKilometres));
    }

    // "City of Athens", "University of Alexandria": the words after the last "of", when they name a place.
    private static Toponym? AfterLastOf(Document document, GeoGazetteer gazetteer, Mention mention)
    {
        for (var t = mention.TokenEnd - 2; t > mention.TokenStart; t--)
        {
            if (document.Token(t).Chars.SequenceEqual("of"))
                return mention.TokenEnd - t - 1 <= MaxPlaceWords ? PlaceIn(document, gazetteer, t + 1, mention.TokenEnd) : null;
        }
        return null;
    }

    // "Athens Police Department", "The Henderson County Sheriff's Office": the longest place name at the start, when an
    // institution word follows it.
    private static Toponym? Leading(Document document, GeoGazetteer gazetteer, Mention mention)
    {
        var first = mention.TokenStart;
        while (first < mention.TokenEnd - 1 && s_leading.Contains(document.Token(first).Chars))
            first++;
        for (var end = Math.Min(mention.TokenEnd, first + MaxPlaceWords); end > first; end--)
        {
            if (end < mention.TokenEnd && !HasInstitutionWord(document, end, mention.TokenEnd))
                continue;
            if (PlaceIn(document, gazetteer, first, end) is { } toponym)
                return toponym;
        }
        return null;
    }

    private static bool HasInstitutionWord(Document document, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (s_institution.Contains(document.Token(t).Chars))
                return true;
        }
        return false;
    }

    // "City", "Eastern", "Public Health": words that name institutions or directions, not places.
    private static bool AllCommonWords(Document document, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            var word = document.Token(t).Chars;
            if (!s_institution.Contains(word) && !s_leading.Contains(word))
                return false;
        }
        return true;
    }

    private static Toponym? PlaceIn(Document document, GeoGazetteer gazetteer, int start, int end)
    {
        if (!char.IsUpper(document.Token(start).Chars[0]) || AllCommonWords(document, start, end))
            return null;
        var span = new Span(document, start, end);
        var name = span.Text;
        return gazetteer.Lookup(name).Count > 0 || UnlistedPlaces.IsDivisionName(PlaceNames.Fold(name)) ? new Toponym(span.Start, span.End, name) : null;
    }
}
