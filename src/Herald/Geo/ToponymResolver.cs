namespace Herald.Geo;

/// <summary>
/// Picks a gazetteer entry for each toponym of one text. A name qualified by a division or country right after a
/// comma ("Paris, Texas") keeps only the places inside it. Otherwise each candidate scores by the log of its
/// population, a prior for countries and national capitals, and the article's context: the countries and divisions
/// that the other toponyms (first resolved without context) and the caller's context countries point to, and nearness
/// (within 150 km) to another place so resolved. A populated place named by one of its alternate or former names
/// ("Berea" for Aleppo) scores less than one named by its own.
/// </summary>
public sealed class ToponymResolver
{
    private const double CountryPrior = 4, CapitalPrior = 3, CountryVote = 2, MaxCountryVotes = 3, DivisionVote = 9, NearbyVote = 6, NearbyKilometres = 150, AlternateNamePenalty = 5;

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
        var context = new Context();
        foreach (var country in contextCountries)
            context.AddCountry(country, 1);
        var names = toponyms.Select(t => PlaceNames.Fold(t.Name)).ToList();
        var first = candidates.Select((c, i) => Best(c, names[i], context, null)).ToList();
        foreach (var entry in first)
            context.Add(entry);
        return [.. candidates.Select((c, i) => Best(c, names[i], context, first[i]))];
    }

    private IReadOnlyList<GeoEntry> Candidates(string name)
    {
        var found = _gazetteer.Lookup(name);
        if (found.Count == 0 && name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            found = _gazetteer.Lookup(name[4..]);
        return found;
    }

    // "Paris, Texas", "Athens, Greece": the places inside the division or country named after the comma, if any.
    private IReadOnlyList<GeoEntry> Qualified(string text, Toponym toponym, IReadOnlyList<GeoEntry> candidates)
    {
        if (candidates.Count < 2 || QualifierAfter(text, toponym.End) is not { } qualifier)
            return candidates;
        var areas = _gazetteer.Lookup(qualifier).Where(e => e.IsCountry || e.IsAdmin1).ToList();
        var inside = candidates.Where(c => !c.IsCountry && areas.Any(a => a.Country == c.Country && (a.IsCountry || a.Admin1 == c.Admin1))).ToList();
        return inside.Count > 0 ? inside : candidates;
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

    private static GeoEntry? Best(IReadOnlyList<GeoEntry> candidates, string name, Context context, GeoEntry? self)
    {
        GeoEntry? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            var score = Score(candidate, name, context, self);
            if (score > bestScore)
                (best, bestScore) = (candidate, score);
        }
        return best;
    }

    private static double Score(GeoEntry entry, string name, Context context, GeoEntry? self)
    {
        var score = Math.Log(1 + entry.Population);
        if (entry.FeatureClass == 'P' && !IsMainName(entry, name))
            score -= AlternateNamePenalty;
        if (entry.IsCountry)
            score += CountryPrior;
        if (entry.IsCapital)
            score += CapitalPrior;
        var ownCountryVote = self is not null && self.Country == entry.Country ? Context.Weight(self) : 0;
        score += CountryVote * Math.Min(MaxCountryVotes, context.CountryVotes(entry.Country) - ownCountryVote);
        if (!entry.IsCountry && !entry.IsAdmin1 && context.HasDivision(entry.Country, entry.Admin1, self))
            score += DivisionVote;
        if (!entry.IsCountry && !entry.IsAdmin1 && context.HasPlaceNear(entry, self))
            score += NearbyVote;
        return score;
    }

    // Whether the toponym (folded) is the place's own name rather than one of its alternate or former names,
    // with or without a leading "the".
    private static bool IsMainName(GeoEntry entry, string name)
    {
        var main = PlaceNames.Fold(entry.Name);
        return main == name || (name.StartsWith("the ", StringComparison.Ordinal) && main == name[4..]);
    }

    // Evidence of the article's focus: votes per country, and the divisions named.
    private sealed class Context
    {
        private readonly Dictionary<string, double> _countries = new(StringComparer.Ordinal);
        private readonly List<GeoEntry> _divisions = [];

        public static double Weight(GeoEntry entry) => entry.IsCountry ? 2 : 1;

        public void AddCountry(string country, double weight) =>
            _countries[country] = _countries.GetValueOrDefault(country) + weight;

        private readonly List<GeoEntry> _places = [];

        public void Add(GeoEntry? entry)
        {
            if (entry is null)
                return;
            AddCountry(entry.Country, Weight(entry));
            if (entry.IsAdmin1)
                _divisions.Add(entry);
            else if (!entry.IsCountry)
                _places.Add(entry);
        }

        // Whether another place of the article, first resolved without context, lies near the candidate.
        public bool HasPlaceNear(GeoEntry entry, GeoEntry? self) =>
            _places.Any(p => p != self && p.GeoNamesId != entry.GeoNamesId
                && GreatCircle.Kilometres(p.Latitude, p.Longitude, entry.Latitude, entry.Longitude) <= NearbyKilometres);

        public double CountryVotes(string country) => _countries.GetValueOrDefault(country);

        public bool HasDivision(string country, string admin1, GeoEntry? self) =>
            _divisions.Any(d => d != self && d.Country == country && d.Admin1 == admin1);
    }
}
