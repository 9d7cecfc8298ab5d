namespace Herald.Geo;

/// <summary>
/// Picks a gazetteer entry for each toponym of one text. A name qualified by a division or country right after a
/// comma ("Paris, Texas") keeps only the places inside it. Otherwise each candidate scores by the log of its
/// population, a prior for countries and national capitals, and the article's context, read from the other names'
/// resolutions (first without context, then twice more from the previous round's), one per distinct name so that a
/// repeated name is no evidence for itself: the countries they and the caller's context countries point to (a few
/// votes, and the country's share of all votes), the divisions named, the division holding the other populated places
/// (the article's home region), nearness (within 150 km) to another place, and nearness (within 50 km) to any
/// candidate of another name with few candidates, whichever is chosen. A populated place named by one of its
/// alternate or former names ("Berea" for Aleppo) scores less than one named by its own, and a division that is
/// mostly the city it is named for ("Alexandria") gives way to the city. A county, parish or township that the
/// gazetteer lacks becomes an unlisted division, and a town qualified by a division's short form ("Bethel, Vt.")
/// that the gazetteer lacks there an unlisted town (<see cref="UnlistedPlaces"/>); the style of a county's name
/// ("Henry County") votes once for the country that names its divisions so.
/// </summary>
public sealed class ToponymResolver
{
    private const int ContextRounds = 2;
    private const double CountryPrior = 4, CapitalPrior = 3, CountryVote = 2, MaxCountryVotes = 3, DivisionVote = 9, NearbyVote = 6, NearbyKilometres = 150, AlternateNamePenalty = 5,
        CountryShareWeight = 4, HomeVote = 2, MaxHomeVotes = 3, NeighbourVote = 2, MaxNeighbourVotes = 2, NeighbourKilometres = 50;

    // A name with more candidates than this ("Springfield") says little about where its neighbours lie.
    private const int MaxNeighbourCandidates = 5;

    private readonly GeoGazetteer _gazetteer;

    /// <summary>A resolver over <paramref name="gazetteer"/>.</summary>
    public ToponymResolver(GeoGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
    }

    /// <summary>
    /// The entry for each of <paramref name="toponyms"/> (null when the gazetteer has none), read in
    /// <paramref name="text"/>, with <paramref name="contextCountries"/> (ISO alpha-2 codes, one per mention of a
    /// nationality or country outside the toponyms) as evidence of the article's focus.
    /// </summary>
    public IReadOnlyList<GeoEntry?> Resolve(string text, IReadOnlyList<Toponym> toponyms, IReadOnlyList<string> contextCountries)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(toponyms);
        ArgumentNullException.ThrowIfNull(contextCountries);
        var candidates = toponyms.Select(t => Qualified(text, t, Candidates(t.Name))).ToList();
        for (var i = 1; i < toponyms.Count; i++)
        {
            if (QualifierAfter(text, toponyms[i - 1].End) is { } qualifier && text.AsSpan(toponyms[i].Start).StartsWith(qualifier, StringComparison.Ordinal))
                candidates[i] = Containing(candidates[i], candidates[i - 1]);
        }
        var names = toponyms.Select(t => PlaceNames.Fold(t.Name)).ToList();
        contextCountries = [.. contextCountries, .. names.Where((n, i) => candidates[i].Count == 0).Distinct().Select(UnlistedPlaces.CountryOf).OfType<string>()];
        var candidatesByName = new Dictionary<string, IReadOnlyList<GeoEntry>>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
            candidatesByName.TryAdd(names[i], candidates[i]);
        var resolved = candidates.Select((c, i) => Best(c, names[i], new Context(contextCountries, [], [], candidatesByName))).ToList();
        for (var round = 0; round < ContextRounds; round++)
        {
            var context = new Context(contextCountries, names, resolved, candidatesByName);
            resolved = [.. candidates.Select((c, i) => Best(c, names[i], context))];
        }
        var final = new Context(contextCountries, names, resolved, candidatesByName);
        for (var i = 0; i < toponyms.Count; i++)
        {
            if (resolved[i] is not null)
                continue;
            var division = QualifierAfter(text, toponyms[i].End) is { } qualifier ? Division(qualifier) : null;
            if (UnlistedPlaces.IsDivisionName(names[i]))
                resolved[i] = UnlistedPlaces.Division(toponyms[i].Name, division, final.Places);
            else if (division is not null)
                resolved[i] = UnlistedPlaces.Town(toponyms[i].Name, division, final.Places);
            else if (candidates[i].Count == 0 && toponyms[i].IsSurelyPlace)
                resolved[i] = UnlistedPlaces.Local(toponyms[i].Name, final.Places);
        }
        return resolved;
    }

    /// <summary>Whether <paramref name="name"/> names any gazetteer entry, or a division the gazetteer lacks ("Henry County").</summary>
    public bool Knows(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Candidates(name).Count > 0 || UnlistedPlaces.IsDivisionName(PlaceNames.Fold(name));
    }

    private GeoEntry? Division(string name) => _gazetteer.Lookup(name).FirstOrDefault(e => e.IsAdmin1);

    private IReadOnlyList<GeoEntry> Candidates(string name)
    {
        var found = _gazetteer.Lookup(name);
        if (found.Count == 0 && name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            found = _gazetteer.Lookup(name[4..]);
        var folded = PlaceNames.Fold(name);
        return [.. found.Where(e => !IsNamedForItsCity(e, found, folded))];
    }

    // A division that is mostly the city it is named for (Alexandria, Egypt): the name means the city, which the
    // division's summed population would otherwise outweigh. Quebec, whose city is a small part of it, stays.
    private static bool IsNamedForItsCity(GeoEntry entry, IReadOnlyList<GeoEntry> found, string name) =>
        entry.IsAdmin1 && found.Any(p => p.FeatureClass == 'P' && p.Country == entry.Country && p.Admin1 == entry.Admin1
            && IsMainName(p, name) && p.Population * 2 >= entry.Population);

    // "Paris, Texas", "Athens, Greece": the places inside the division or country named after the comma, if any; none
    // when the division is written in its short form and holds no place of that name.
    private IReadOnlyList<GeoEntry> Qualified(string text, Toponym toponym, IReadOnlyList<GeoEntry> candidates)
    {
        if (candidates.Count == 0 || QualifierAfter(text, toponym.End) is not { } qualifier)
            return candidates;
        var areas = _gazetteer.Lookup(qualifier).Where(e => e.IsCountry || e.IsAdmin1).ToList();
        var inside = candidates.Where(c => !c.IsCountry && areas.Any(a => a.Country == c.Country && (a.IsCountry || a.Admin1 == c.Admin1))).ToList();
        if (inside.Count > 0)
            return inside;
        // A short form ("Bethel, Vt.") is a qualifier, never a list's next item, so no listed town is meant.
        return areas.Any(a => a.IsAdmin1) && qualifier.EndsWith('.') ? [] : candidates;
    }

    // "Seattle, Washington": the divisions and countries that hold a candidate of the place named before the comma, if any.
    private static IReadOnlyList<GeoEntry> Containing(IReadOnlyList<GeoEntry> areas, IReadOnlyList<GeoEntry> places)
    {
        var holding = areas.Where(a => (a.IsCountry || a.IsAdmin1) && places.Any(p => !p.IsCountry && p.Country == a.Country && (a.IsCountry || a.Admin1 == p.Admin1))).ToList();
        return holding.Count > 0 ? holding : areas;
    }

    // The capitalised words (at most three) after ", " that follows a toponym.
    private static string? QualifierAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
            i++;
        if (i >= text.Length || text[i] != ',')
            return null;
        i++;
        while (i < text.Length && text[i] == ' ')
            i++;
        var start = i;
        for (var words = 0; words < 3 && i < text.Length && char.IsUpper(text[i]); words++)
        {
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '.' or '-'))
                i++;
            if (i + 1 < text.Length && text[i] == ' ' && char.IsUpper(text[i + 1]))
                i++;
        }
        return i > start ? text[start..i].TrimEnd() : null;
    }

    private static GeoEntry? Best(IReadOnlyList<GeoEntry> candidates, string name, Context context)
    {
        GeoEntry? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            var score = Score(candidate, name, context);
            if (score > bestScore)
                (best, bestScore) = (candidate, score);
        }
        return best;
    }

    private static double Score(GeoEntry entry, string name, Context context)
    {
        var score = Math.Log(1 + entry.Population);
        if (entry.FeatureClass == 'P' && !IsMainName(entry, name))
            score -= AlternateNamePenalty;
        if (entry.IsCountry)
            score += CountryPrior;
        if (entry.IsCapital)
            score += CapitalPrior;
        score += CountryVote * Math.Min(MaxCountryVotes, context.CountryVotes(entry.Country, name));
        score += CountryShareWeight * context.CountryShare(entry.Country, name);
        if (entry.IsCountry || entry.IsAdmin1)
            return score;
        if (context.HasDivision(entry.Country, entry.Admin1, name))
            score += DivisionVote;
        score += HomeVote * Math.Min(MaxHomeVotes, context.PlacesInDivision(entry.Country, entry.Admin1, name));
        if (context.HasPlaceNear(entry, name, NearbyKilometres))
            score += NearbyVote;
        score += NeighbourVote * Math.Min(MaxNeighbourVotes, context.NamesWithCandidateNear(entry, name, NeighbourKilometres, MaxNeighbourCandidates));
        return score;
    }

    // Whether the toponym (folded) is the place's own name rather than one of its alternate or former names,
    // with or without a leading "the".
    private static bool IsMainName(GeoEntry entry, string name)
    {
        var main = PlaceNames.Fold(entry.Name);
        return main == name || (name.StartsWith("the ", StringComparison.Ordinal) && main == name[4..]);
    }

    // Evidence of the article's focus, one resolution per distinct name, so that a name repeated does not vote for itself.
    private sealed class Context
    {
        private readonly List<string> _nationalities;
        private readonly Dictionary<string, GeoEntry> _byName = new(StringComparer.Ordinal);
        private readonly IReadOnlyDictionary<string, IReadOnlyList<GeoEntry>> _candidates;

        public Context(IReadOnlyList<string> nationalities, IReadOnlyList<string> names, IReadOnlyList<GeoEntry?> entries, IReadOnlyDictionary<string, IReadOnlyList<GeoEntry>> candidates)
        {
            _nationalities = [.. nationalities];
            _candidates = candidates;
            for (var i = 0; i < names.Count; i++)
            {
                if (entries[i] is { } entry)
                    _byName.TryAdd(names[i], entry);
            }
        }

        // The populated places named, one per distinct name, in order of first mention.
        public IEnumerable<GeoEntry> Places => _byName.Values.Where(e => e.FeatureClass == 'P');

        private IEnumerable<GeoEntry> Others(string name) => _byName.Where(p => p.Key != name).Select(p => p.Value);

        public double CountryVotes(string country, string name) =>
            _nationalities.Count(c => c == country) + Others(name).Where(e => e.Country == country).Sum(e => e.IsCountry ? 2 : 1);

        public double CountryShare(string country, string name)
        {
            var all = _nationalities.Count + Others(name).Sum(e => e.IsCountry ? 2 : 1);
            return all == 0 ? 0 : CountryVotes(country, name) / all;
        }

        public bool HasDivision(string country, string admin1, string name) =>
            Others(name).Any(d => d.IsAdmin1 && d.Country == country && d.Admin1 == admin1);

        public int PlacesInDivision(string country, string admin1, string name) =>
            Others(name).Count(p => !p.IsCountry && !p.IsAdmin1 && p.Country == country && p.Admin1 == admin1);

        // The other names of few candidates with one near the entry, whichever of them is chosen: "Hanover" and
        // "Bethel" each have a candidate close to the other's, in New Hampshire and Vermont.
        public int NamesWithCandidateNear(GeoEntry entry, string name, double kilometres, int maxCandidates) =>
            _candidates.Count(p => p.Key != name && p.Value.Count <= maxCandidates && p.Value.Any(c => !c.IsCountry && !c.IsAdmin1 && c.GeoNamesId != entry.GeoNamesId
                && GreatCircle.Kilometres(c.Latitude, c.Longitude, entry.Latitude, entry.Longitude) <= kilometres));

        public bool HasPlaceNear(GeoEntry entry, string name, double kilometres) =>
            Others(name).Any(p => !p.IsCountry && !p.IsAdmin1 && p.GeoNamesId != entry.GeoNamesId
                && GreatCircle.Kilometres(p.Latitude, p.Longitude, entry.Latitude, entry.Longitude) <= kilometres);
    }
}
